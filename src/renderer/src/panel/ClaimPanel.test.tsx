import { screen, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { applyChange, type AnnotationChange } from '../../../shared/annotations/changes'
import { reviewOf } from '../../../shared/annotations/claim-review'
import type { StoredDocument } from '../../../shared/model'
import { testDocument, testNow } from '../../../../test/support/renderer/documents'
import { renderWithHost } from '../../../../test/support/renderer/render'
import { ClaimPanel } from './ClaimPanel'

const article = testDocument([
  'The bridge reopened on Monday after 14 months of repairs. The works cost £42 million.'
])

/** The panel as the workspace holds it: each change applied to the document at once. */
interface Recorded {
  changes: AnnotationChange[]
  bursts: (string | undefined)[]
}

function Harness({ document, recorded }: { document: StoredDocument; recorded: Recorded }) {
  const [annotations, setAnnotations] = useState(document.annotations)
  const claim = document.claims[0] ?? null
  return (
    <ClaimPanel
      claim={claim}
      quote="The bridge reopened on Monday after 14 months of repairs."
      review={claim ? reviewOf(annotations, claim.id) : undefined}
      highlights={[]}
      tagSuggestions={['transport', 'budget']}
      citedSources={[]}
      saveState="saved"
      onChange={(change, burst) => {
        recorded.changes.push(change)
        recorded.bursts.push(burst)
        setAnnotations((current) => applyChange(document, current, change, testNow))
      }}
      onDone={() => {}}
    />
  )
}

function renderPanel(document = article) {
  const recorded: Recorded = { changes: [], bursts: [] }
  return { ...recorded, ...renderWithHost(<Harness document={document} recorded={recorded} />) }
}

const statusButton = (name: string) =>
  within(screen.getByRole('group', { name: 'Status' })).getByRole('button', { name: new RegExp(`^${name}`) })

describe('ClaimPanel', () => {
  it('asks to select a sentence when no claim is selected', () => {
    renderWithHost(
      <ClaimPanel
        claim={null}
        quote={null}
        review={undefined}
        highlights={[]}
        tagSuggestions={[]}
        citedSources={[]}
        saveState="saved"
        onChange={() => {}}
        onDone={() => {}}
      />
    )
    expect(screen.getByRole('complementary', { name: 'Claim' }).textContent).toMatch(/Select a sentence/)
    expect(screen.queryByRole('group', { name: 'Status' })).toBeNull()
  })

  it('sets a status, shows it pressed and in the history, and clears it again', async () => {
    const { user, changes } = renderPanel()
    expect(statusButton('Clear status').hasAttribute('disabled')).toBe(true)

    await user.click(statusButton('Disputed'))
    expect(statusButton('Disputed').getAttribute('aria-pressed')).toBe('true')
    expect(statusButton('Verified').getAttribute('aria-pressed')).toBe('false')
    const history = screen.getByRole('region', { name: 'Status history' })
    expect(history.textContent).toContain('No status → Disputed')

    await user.click(statusButton('Clear status'))
    expect(statusButton('Disputed').getAttribute('aria-pressed')).toBe('false')
    expect(changes.map((change) => change.kind === 'set-status' && change.status)).toEqual(['disputed', null])
  })

  it('marks a sentence "Not a claim" as a status of its own, not a verdict', async () => {
    const { user, changes } = renderPanel()
    await user.click(statusButton('Not a claim'))
    expect(statusButton('Not a claim').getAttribute('aria-pressed')).toBe('true')
    for (const verdict of ['Verified', 'Disputed', 'Needs source'])
      expect(statusButton(verdict).getAttribute('aria-pressed')).toBe('false')
    expect(changes).toEqual([{ kind: 'set-status', claimId: article.claims[0]?.id, status: 'not-a-claim' }])
  })

  it('saves the note as typed, one undo burst per visit to the field, and lists its links', async () => {
    const { user, changes, bursts } = renderPanel()
    const note = screen.getByRole('textbox', { name: 'Note' })
    await user.type(note, 'See https://example.org/a')
    expect(changes.at(-1)).toEqual({
      kind: 'set-note',
      claimId: article.claims[0]?.id,
      note: 'See https://example.org/a'
    })
    expect(new Set(bursts).size).toBe(1)
    const links = screen.getByRole('list', { name: 'Links in the note' })
    expect(within(links).getByRole('link').textContent).toBe('https://example.org/a')

    await user.click(statusButton('Verified'))
    await user.type(note, '.')
    const noteBursts = bursts.filter((_, index) => changes[index]?.kind === 'set-note')
    expect(new Set(noteBursts).size).toBe(2)
  })

  it('adds a source from the form and lists it; removing it empties the list', async () => {
    const { user } = renderPanel()
    expect(screen.getByText('No sources yet.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: /^Add source/ }))
    const form = screen.getByRole('form', { name: 'New source' })
    await user.type(
      within(form).getByRole('textbox', { name: 'Link' }),
      'https://ministry.example.gov/bridge'
    )
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Ministry statement')
    await user.click(within(form).getByRole('button', { name: 'Add source' }))

    expect(screen.queryByRole('form', { name: 'New source' })).toBeNull()
    const link = screen.getByRole('link', { name: 'Ministry statement' })
    expect(link.getAttribute('href')).toBe('https://ministry.example.gov/bridge')

    await user.click(screen.getByRole('button', { name: 'Remove source Ministry statement' }))
    expect(screen.getByText('No sources yet.')).toBeTruthy()
  })

  it('adds a tag with Enter, offers only suggestions not yet used, and removes a tag', async () => {
    const { user, changes } = renderPanel()
    const input = screen.getByRole('combobox', { name: 'Tags' })
    await user.type(input, 'transport{Enter}')
    const tags = screen.getByRole('list', { name: 'Tags on this claim' })
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent)
    ).toEqual(['transport'])
    const offered = [...document.querySelectorAll('datalist option')].map((option) =>
      option.getAttribute('value')
    )
    expect(offered).toEqual(['budget'])

    await user.click(screen.getByRole('button', { name: 'Remove tag transport' }))
    expect(screen.queryByRole('list', { name: 'Tags on this claim' })).toBeNull()
    expect(changes.at(-1)).toEqual({ kind: 'set-tags', claimId: article.claims[0]?.id, tags: [] })
  })
})
