import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { callsTo, fakeHost } from '../../../../test/support/renderer/fake-host'
import { renderWithHost } from '../../../../test/support/renderer/render'
import { fail, ok } from '../../../shared/result'
import type { DeskStatus } from '../../../shared/desk/view/desk-view-types'
import { DeskControl } from './DeskControl'
import { DeskProvider } from './desk-context'

const connected: DeskStatus = {
  connected: true,
  url: 'http://127.0.0.1:5984/desk',
  name: 'ana',
  role: 'checker',
  state: 'waiting',
  waiting: 2,
  refused: [],
  revision: 1,
  lastSyncedAt: null,
  members: []
}

function renderControl(
  connect: (input: unknown) => Promise<ReturnType<typeof ok<DeskStatus>> | ReturnType<typeof fail>>
) {
  const messages: string[] = []
  // The engine's status: disconnected until a connection is accepted, then what it answered.
  let status: DeskStatus = { connected: false }
  const host = fakeHost({
    deskStatus: async () => ok(status),
    connectDesk: (async (input: unknown) => {
      const result = await connect(input)
      if (result.ok) status = result.value
      return result
    }) as never
  })
  const rendered = renderWithHost(
    <DeskProvider>
      <DeskControl onMessage={(message) => messages.push(message)} />
    </DeskProvider>,
    host
  )
  return { ...rendered, messages }
}

async function fillIn(user: ReturnType<typeof renderControl>['user'], url: string) {
  await user.click(screen.getByRole('button', { name: 'Desk' }))
  const dialog = screen.getByRole('dialog', { name: 'Connect to a desk' })
  await user.type(within(dialog).getByLabelText('Desk address'), url)
  await user.type(within(dialog).getByLabelText('Name'), 'ana')
  await user.type(within(dialog).getByLabelText('Password'), 'ana-password')
  await user.click(within(dialog).getByRole('button', { name: 'Connect' }))
  return dialog
}

describe('connecting to a desk', () => {
  it('says plainly that http: is only for this computer, and sends nothing', async () => {
    const { user, host } = renderControl(async () => ok(connected))
    const dialog = await fillIn(user, 'http://couch.example.org/desk')
    expect(within(dialog).getByRole('alert').textContent).toContain(
      'A desk on another computer needs https://. Plain http:// is only for a desk on this computer'
    )
    expect(callsTo(host, 'connectDesk')).toEqual([])
  })

  it('shows the engine’s refusal in words and keeps the dialog open', async () => {
    const { user } = renderControl(async () =>
      fail('unauthorized', 'The desk did not accept that name and password.')
    )
    const dialog = await fillIn(user, 'http://127.0.0.1:5984/desk')
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'The desk did not accept that name and password.'
    )
  })

  it('once connected, shows the name, role and sync state in words in the header', async () => {
    const { user, host, messages } = renderControl(async () => ok(connected))
    await fillIn(user, ' http://127.0.0.1:5984/desk ')
    expect(callsTo(host, 'connectDesk')).toEqual([
      { url: 'http://127.0.0.1:5984/desk', name: 'ana', password: 'ana-password' }
    ])
    const control = await screen.findByRole('button', { name: 'Desk: ana checker 2 waiting' })
    expect(within(control).getByTestId('desk-sync').textContent).toBe('2 waiting')
    expect(screen.queryByRole('dialog', { name: 'Connect to a desk' })).toBeNull()
    expect(messages).toEqual(['Connected to the desk. Share a document with it to review it together.'])
  })
})
