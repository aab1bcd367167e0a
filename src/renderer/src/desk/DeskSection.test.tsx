import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { DeskClaimState } from '../../../shared/desk/view/desk-view-types'
import { defaultRatingScale, truthOMeterScale } from '../../../shared/desk/view/publishing-scale'
import { renderWithHost } from '../../../../test/support/renderer/render'
import type { ConnectedDesk } from './desk-context'
import { DeskSection } from './DeskSection'
import type { SignOffChoice } from './SignOffForm'

const at = '2026-03-18T10:00:00.000Z'
const member = (name: string, role: 'checker' | 'editor'): ConnectedDesk => ({
  connected: true,
  url: 'https://couch.example.org/desk',
  name,
  role,
  state: 'synced',
  waiting: 0,
  refused: [],
  revision: 3,
  lastSyncedAt: at,
  members: []
})

const disagreed: DeskClaimState = {
  claimId: 'c1',
  verdicts: [
    { member: 'ana', status: 'verified', note: 'The ISW series matches.', at, sources: 1 },
    { member: 'ben', status: 'disputed', note: 'tender was re-issued', at, sources: 0 }
  ],
  signOff: null,
  tally: { verified: 1, disputed: 1 },
  disagreement: true,
  conflicts: []
}

function renderSection(state: DeskClaimState, me: ConnectedDesk, scale = defaultRatingScale) {
  const signOffs: SignOffChoice[] = []
  const kept: string[] = []
  const rendered = renderWithHost(
    <DeskSection
      state={state}
      history={[]}
      me={me}
      ratingScale={scale}
      chosenRating=""
      onSignOff={async (choice) => {
        signOffs.push(choice)
        return true
      }}
      onKeepNote={(note) => kept.push(note)}
    />
  )
  return { ...rendered, signOffs, kept, section: screen.getByRole('region', { name: 'Desk' }) }
}

describe('the claim panel’s Desk section', () => {
  it('shows every member’s verdict, the tally and the disagreement, and offers a checker no Sign off', () => {
    const { section } = renderSection(disagreed, member('ana', 'checker'))
    expect(section.textContent).toContain('1 Verified · 1 Disputed · Disagreement')
    const lines = within(section)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(lines[0]).toMatch(/^ana: Verified — The ISW series matches\./)
    expect(lines[1]).toMatch(/^ben: Disputed — tender was re-issued/)
    expect(within(section).queryByRole('button', { name: 'Sign off' })).toBeNull()
  })

  it('lets an editor sign off with a verdict and a reason, and asks for the reason first', async () => {
    const { user, section, signOffs } = renderSection(disagreed, member('ed', 'editor'))
    await user.click(within(section).getByRole('button', { name: 'Sign off' }))
    const form = within(section).getByRole('form', { name: 'Sign off' })
    await user.click(within(form).getByRole('radio', { name: 'Disputed' }))
    await user.click(within(form).getByRole('button', { name: 'Sign off' }))
    expect(within(form).getByRole('alert').textContent).toContain('Write a short reason for the sign-off.')
    expect(signOffs).toEqual([])
    await user.type(within(form).getByLabelText('Reason'), 'The tender was re-issued in May.{Enter}')
    expect(signOffs).toEqual([
      { verdict: 'disputed', reason: 'The tender was re-issued in May.', rating: '' }
    ])
  })

  it('offers the desk’s ratings for the verdict, and publishes the one the editor picks', async () => {
    const { user, section, signOffs } = renderSection(disagreed, member('ed', 'editor'), truthOMeterScale)
    await user.click(within(section).getByRole('button', { name: 'Sign off' }))
    const form = within(section).getByRole('form', { name: 'Sign off' })
    await user.click(within(form).getByRole('radio', { name: 'Disputed' }))
    const ratings = within(form).getByLabelText('Rating to publish')
    expect(
      within(ratings)
        .getAllByRole('option')
        .map((option) => option.textContent)
    ).toEqual(['Half true (first on the scale)', 'Mostly false', 'False', 'Pants on fire'])
    await user.selectOptions(ratings, 'False')
    await user.type(within(form).getByLabelText('Reason'), 'Wrong year.{Enter}')
    expect(signOffs).toEqual([{ verdict: 'disputed', reason: 'Wrong year.', rating: 'False' }])
  })

  it('says a sign-off is out of date, and an editor confirms it again with its verdict and reason', async () => {
    const stale: DeskClaimState = {
      ...disagreed,
      signOff: { editor: 'ed', verdict: 'disputed', reason: 'Re-issued tender.', at, stale: true }
    }
    const { user, section, signOffs } = renderSection(stale, member('ed', 'editor'))
    expect(section.textContent).toContain('Sign-off out of date: Disputed (ed)')
    expect(section.textContent).toContain('Out of date: a verdict it saw has changed since.')
    await user.click(within(section).getByRole('button', { name: 'Confirm again' }))
    expect(signOffs).toEqual([{ verdict: 'disputed', reason: 'Re-issued tender.', rating: '' }])
  })

  it('shows a checker a stale sign-off without Confirm again', () => {
    const stale: DeskClaimState = {
      ...disagreed,
      signOff: { editor: 'ed', verdict: 'disputed', reason: '', at, stale: true }
    }
    const { section } = renderSection(stale, member('ana', 'checker'))
    expect(within(section).queryByRole('button', { name: 'Confirm again' })).toBeNull()
  })

  it('keeps a conflict’s other text, and uses it as the note when asked', async () => {
    const conflicted: DeskClaimState = {
      ...disagreed,
      conflicts: [{ member: 'ana', text: 'Written on the laptop.' }]
    }
    const { user, section, kept } = renderSection(conflicted, member('ana', 'checker'))
    const group = within(section).getByRole('group', { name: 'Conflicting notes' })
    expect(group.textContent).toContain('Your other text')
    expect(group.textContent).toContain('Written on the laptop.')
    await user.click(within(group).getByRole('button', { name: 'Use text 1 as my note' }))
    expect(kept).toEqual(['Written on the laptop.'])
  })

  it('says whose another member’s conflict text is, and offers it to nobody else', () => {
    const conflicted: DeskClaimState = {
      ...disagreed,
      conflicts: [{ member: 'ben', text: 'Written at home.' }]
    }
    const { section } = renderSection(conflicted, member('ana', 'checker'))
    const group = within(section).getByRole('group', { name: 'Conflicting notes' })
    expect(group.textContent).toContain('ben’s other text')
    expect(within(group).queryByRole('button', { name: /as my note/ })).toBeNull()
  })
})
