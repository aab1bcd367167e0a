import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import type { LibraryClaim } from '../../../shared/all-claims/all-claims'
import { CHECK_WORTHY_SCORE } from '../../../shared/claims'
import { fail, ok } from '../../../shared/result'
import { fakeHost } from '../../../../test/support/renderer/fake-host'
import { giveHeight } from '../../../../test/support/renderer/layout'
import { renderWithHost } from '../../../../test/support/renderer/render'
import { AllClaimsView } from './AllClaimsView'

function claim(position: number, text: string, more: Partial<LibraryClaim> = {}): LibraryClaim {
  return {
    documentId: 'harbour',
    documentTitle: 'Harbour Bridge Reopens',
    claimId: `c${position}`,
    position,
    text,
    status: null,
    note: '',
    tags: [],
    sources: [],
    kinds: [],
    score: 0,
    ...more
  }
}

const rows: LibraryClaim[] = [
  claim(1, 'The bridge reopened on Monday.', { status: 'verified', kinds: ['date'], tags: ['transport'] }),
  claim(2, 'Repairs cost £42 million.', {
    status: 'disputed',
    kinds: ['numeric'],
    score: CHECK_WORTHY_SCORE + 0.1,
    note: 'The ministry says £38 million.',
    tags: ['Budget', 'transport']
  }),
  claim(3, 'Traffic will fall by a third.', {
    kinds: ['numeric', 'causal'],
    score: CHECK_WORTHY_SCORE - 0.01
  }),
  claim(4, 'Tolls rise to £3 in May.', { kinds: ['numeric', 'date'], score: CHECK_WORTHY_SCORE }),
  claim(1, 'The council passed its budget.', {
    documentId: 'budget',
    documentTitle: 'City Budget Passes',
    status: 'not-a-claim',
    tags: ['budget']
  })
]

function renderAllClaims(listed = ok(rows)) {
  const jumps: [string, string][] = []
  const rendered = renderWithHost(
    <AllClaimsView
      onJump={(documentId, claimId) => jumps.push([documentId, claimId])}
      onMessage={() => {}}
    />,
    fakeHost({ listAllClaims: async () => listed })
  )
  return { ...rendered, jumps }
}

const shownClaims = () =>
  within(screen.getByRole('list', { name: 'Claims across the library' }))
    .queryAllByRole('listitem')
    .map((item) => item.getAttribute('aria-label'))
const filters = () => within(screen.getByRole('group', { name: 'Filter the claims' }))

describe('AllClaimsView', () => {
  beforeEach(() => giveHeight('all-claims-list', 2000))

  it('lists every claim of the library with its document, and opens one where it is', async () => {
    const { user, jumps } = renderAllClaims()
    expect(await screen.findByText('5 of 5 claims')).toBeTruthy()
    expect(shownClaims()).toEqual([
      'Harbour Bridge Reopens, claim 1',
      'Harbour Bridge Reopens, claim 2',
      'Harbour Bridge Reopens, claim 3',
      'Harbour Bridge Reopens, claim 4',
      'City Budget Passes, claim 1'
    ])
    await user.click(screen.getByRole('button', { name: 'Open claim 2 in Harbour Bridge Reopens' }))
    expect(jumps).toEqual([['harbour', 'c2']])
  })

  it('filters by status, "No status" included', async () => {
    const { user } = renderAllClaims()
    await screen.findByText('5 of 5 claims')
    await user.selectOptions(filters().getByRole('combobox', { name: 'Status' }), 'Disputed')
    expect(shownClaims()).toEqual(['Harbour Bridge Reopens, claim 2'])
    await user.selectOptions(filters().getByRole('combobox', { name: 'Status' }), 'No status')
    expect(shownClaims()).toEqual(['Harbour Bridge Reopens, claim 3', 'Harbour Bridge Reopens, claim 4'])
    expect(screen.getByRole('status').textContent).toBe('2 of 5 claims')
  })

  it('offers each tag once whatever its case, most used first, and filters by it', async () => {
    const { user } = renderAllClaims()
    await screen.findByText('5 of 5 claims')
    const tag = filters().getByRole('combobox', { name: 'Tag' })
    expect(
      within(tag)
        .getAllByRole('option')
        .map((option) => option.textContent)
    ).toEqual(['Any tag', 'Budget', 'transport'])
    await user.selectOptions(tag, 'Budget')
    expect(shownClaims()).toEqual(['Harbour Bridge Reopens, claim 2', 'City Budget Passes, claim 1'])
  })

  it('combines kind, check-worthiness and "has a note", and says when nothing is left', async () => {
    const { user } = renderAllClaims()
    await screen.findByText('5 of 5 claims')
    await user.selectOptions(filters().getByRole('combobox', { name: 'Kind' }), 'Numbers')
    expect(shownClaims()).toEqual([
      'Harbour Bridge Reopens, claim 2',
      'Harbour Bridge Reopens, claim 3',
      'Harbour Bridge Reopens, claim 4'
    ])
    await user.click(filters().getByRole('checkbox', { name: 'Check-worthy' }))
    expect(shownClaims()).toEqual(['Harbour Bridge Reopens, claim 2', 'Harbour Bridge Reopens, claim 4'])
    await user.click(filters().getByRole('checkbox', { name: 'Has a note' }))
    expect(shownClaims()).toEqual(['Harbour Bridge Reopens, claim 2'])
    await user.selectOptions(filters().getByRole('combobox', { name: 'Status' }), 'Verified')
    expect(shownClaims()).toEqual([])
    expect(screen.getByText('No claim in the library matches these filters.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Export CSV' }).hasAttribute('disabled')).toBe(true)
  })

  it('shows why the list could not be read', async () => {
    renderAllClaims(fail('storage', 'The library could not be read: the disk is full.'))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The library could not be read: the disk is full.'
    )
  })
})
