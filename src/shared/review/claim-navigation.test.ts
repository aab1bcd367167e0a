import { describe, expect, it } from 'vitest'
import { applyChange } from '../annotations/changes'
import { buildArticle } from '../document/build-article'
import { emptyAnnotations } from '../model'
import { stepClaim, stepUnreviewed } from './claim-navigation'

const { claims, ...rest } = buildArticle({
  title: 'Ferry',
  source: 'ferry.txt',
  blocks: [{ type: 'paragraph', text: 'One. Two. Three. Four.' }]
})
const article = { claims, ...rest }

describe('claim navigation', () => {
  it('steps forward and back, starting at either end, and stops at the ends', () => {
    expect(stepClaim(claims, null, 1)?.id).toBe('c1')
    expect(stepClaim(claims, null, -1)?.id).toBe('c4')
    expect(stepClaim(claims, 'c2', 1)?.id).toBe('c3')
    expect(stepClaim(claims, 'c4', 1)?.id).toBe('c4')
    expect(stepClaim(claims, 'c1', -1)?.id).toBe('c1')
  })

  it('jumps to the next claim with no status, wrapping round, and answers null when none is left', () => {
    let annotations = applyChange(
      article,
      emptyAnnotations(),
      { kind: 'set-status', claimId: 'c2', status: 'verified' },
      'now'
    )
    expect(stepUnreviewed(claims, annotations, 'c1', 1)?.id).toBe('c3')
    expect(stepUnreviewed(claims, annotations, 'c1', -1)?.id).toBe('c4')
    for (const claimId of ['c1', 'c3', 'c4']) {
      annotations = applyChange(
        article,
        annotations,
        { kind: 'set-status', claimId, status: 'disputed' },
        'now'
      )
    }
    expect(stepUnreviewed(claims, annotations, 'c1', 1)).toBeNull()
  })

  it('skips sentences marked not a claim when looking for the next claim with no status', () => {
    const annotations = applyChange(
      article,
      emptyAnnotations(),
      { kind: 'set-status', claimId: 'c2', status: 'not-a-claim' },
      'now'
    )
    expect(stepUnreviewed(claims, annotations, 'c1', 1)?.id).toBe('c3')
    expect(stepUnreviewed(claims, annotations, 'c3', -1)?.id).toBe('c1')
    // j and k still visit it, so the mark can be changed.
    expect(stepClaim(claims, 'c1', 1)?.id).toBe('c2')
  })
})
