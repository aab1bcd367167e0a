import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { emptyAnnotations } from '../model'
import { applyChange } from './changes'
import { describeChange } from './change-description'
import { emptyHistory, recordStep, takeRedo, takeUndo } from './undo-history'

const article = buildArticle({
  title: 'Ferry Times',
  source: 'ferry.txt',
  blocks: [{ type: 'paragraph', text: 'The ferry leaves at 9. It takes 40 minutes to cross.' }]
})
const numberOf = (claimId: string) => {
  const index = article.claims.findIndex((claim) => claim.id === claimId)
  return index === -1 ? null : index + 1
}
const second = article.claims[1]!.id

describe('describing a change', () => {
  it('names a status and the claim by its number in the article', () => {
    expect(describeChange({ kind: 'set-status', claimId: second, status: 'disputed' }, numberOf)).toBe(
      'Disputed on claim 2'
    )
    expect(describeChange({ kind: 'set-status', claimId: second, status: null }, numberOf)).toBe(
      'Clearing the status of claim 2'
    )
  })

  it('says "a claim" for a claim the article no longer has', () => {
    expect(describeChange({ kind: 'set-note', claimId: 'c99', note: 'x' }, numberOf)).toBe('Note on a claim')
  })

  it('tells a highlight’s colour change from its note', () => {
    expect(describeChange({ kind: 'edit-highlight', highlightId: 'h1', color: 'cyan' }, numberOf)).toBe(
      'Highlight colour'
    )
    expect(describeChange({ kind: 'edit-highlight', highlightId: 'h1', note: 'Why' }, numberOf)).toBe(
      'Highlight note'
    )
  })
})

describe('an undo step’s label', () => {
  it('comes back with the undo and the redo of its step', () => {
    const change = { kind: 'set-status', claimId: second, status: 'verified' } as const
    const after = applyChange(article, emptyAnnotations(), change, '2026-11-29T10:00:00.000Z')
    const label = describeChange(change, numberOf)
    const history = recordStep(emptyHistory(), change, emptyAnnotations(), after, { now: 0, label })
    const undone = takeUndo(history)
    expect(undone?.label).toBe('Verified on claim 2')
    expect(undone && takeRedo(undone.history)?.label).toBe('Verified on claim 2')
  })
})
