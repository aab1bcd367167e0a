import { describe, expect, it } from 'vitest'
import type { Claim, Orphan } from '../model'
import { orphanPlacement } from './orphan-place'

const claims: Claim[] = [
  { id: 'c1', start: 0, end: 20 },
  { id: 'c2', start: 21, end: 50 }
]
const target = { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 1 } }
const highlight: Orphan = {
  id: 'o1-1',
  orphanedAt: '2026-11-29T10:00:00.000Z',
  annotation: {
    kind: 'highlight',
    highlight: { id: 'h-1', target, color: 'blue', note: '', createdAt: '2026-11-29T09:00:00.000Z' }
  }
}
const review: Orphan = {
  id: 'o2-1',
  orphanedAt: '2026-11-29T10:00:00.000Z',
  annotation: {
    kind: 'claim',
    review: {
      claimId: 'c9',
      target,
      status: 'verified',
      note: '',
      sources: [],
      tags: [],
      history: [],
      updatedAt: '2026-11-29T09:00:00.000Z'
    }
  }
}

describe('orphanPlacement', () => {
  it('puts a highlight on the selected text exactly', () => {
    expect(orphanPlacement(highlight, claims, { start: 3, end: 9 }, claims[1] ?? null)).toEqual({
      start: 3,
      end: 9
    })
  })

  it('puts a highlight on the selected claim’s sentence when no text is selected', () => {
    expect(orphanPlacement(highlight, claims, null, claims[1] ?? null)).toEqual({ start: 21, end: 50 })
  })

  it('puts a review on the claim the selected text lies in, before the selected claim', () => {
    expect(orphanPlacement(review, claims, { start: 25, end: 40 }, claims[0] ?? null)).toEqual({
      claimId: 'c2'
    })
  })

  it('has no place when nothing is selected', () => {
    expect(orphanPlacement(review, claims, null, null)).toBeNull()
    expect(orphanPlacement(highlight, claims, null, null)).toBeNull()
  })
})
