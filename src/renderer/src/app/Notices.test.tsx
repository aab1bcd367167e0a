import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { pushNotice } from '../../../shared/notice-stack'
import { renderWithHost } from '../../../../test/support/renderer/render'
import { Notices, type ShownNotice } from './Notices'

const errors: ShownNotice[] = ['save', 'import', 'export', 'library'].map((kind, index) => ({
  id: index + 1,
  level: 'error',
  kind,
  message: `The ${kind} failed.`
}))

describe('Notices', () => {
  it('shows at most two errors, the newest, with "and N more" that shows the rest', async () => {
    const notices = errors.reduce<ShownNotice[]>(pushNotice, [])
    const { user } = renderWithHost(
      <Notices notices={notices} titleOf={() => undefined} onDismiss={() => {}} />
    )
    const region = screen.getByRole('region', { name: 'Messages' })
    expect(
      within(region)
        .getAllByRole('alert')
        .map((alert) => alert.textContent)
    ).toEqual(['The export failed.×', 'The library failed.×'])
    await user.click(within(region).getByRole('button', { name: 'and 2 more messages' }))
    expect(within(region).getAllByRole('alert')).toHaveLength(4)
    expect(within(region).queryByRole('button', { name: /more messages/ })).toBeNull()
  })
})
