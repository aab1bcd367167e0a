import { describe, expect, it } from 'vitest'
import { marginBars, type ClaimLine } from './margin-lines'

/** A line box 20 px high on line `n` of a paragraph with 30 px line height. */
const on = (n: number, claimId: string, verdict: ClaimLine['verdict']): ClaimLine => ({
  claimId,
  verdict,
  top: n * 30,
  bottom: n * 30 + 20
})

describe('marginBars', () => {
  it('gives a line with several reviewed claims one bar, in its most severe verdict, naming them all', () => {
    const bars = marginBars([on(0, 'c1', 'verified'), on(0, 'c2', 'disputed'), on(0, 'c3', 'needs-source')])
    expect(bars).toEqual([{ verdict: 'disputed', top: 0, bottom: 20, claimIds: ['c1', 'c2', 'c3'] }])
  })

  it('ranks needs source above verified', () => {
    expect(marginBars([on(0, 'c1', 'verified'), on(0, 'c2', 'needs-source')])[0]?.verdict).toBe(
      'needs-source'
    )
  })

  it('joins the lines of a paragraph that share a verdict into one bar, and splits where it changes', () => {
    const bars = marginBars([
      on(0, 'c1', 'verified'),
      on(1, 'c1', 'verified'),
      on(1, 'c2', 'verified'),
      on(2, 'c2', 'verified'),
      on(2, 'c3', 'disputed'),
      on(3, 'c3', 'disputed')
    ])
    expect(bars).toEqual([
      { verdict: 'verified', top: 0, bottom: 50, claimIds: ['c1', 'c2'] },
      { verdict: 'disputed', top: 60, bottom: 110, claimIds: ['c2', 'c3'] }
    ])
  })

  it('keeps paragraphs apart, and takes lines in any order', () => {
    const bars = marginBars([on(5, 'c9', 'verified'), on(0, 'c1', 'verified')])
    expect(bars.map((bar) => bar.claimIds)).toEqual([['c1'], ['c9']])
  })

  it('treats a taller fragment on the same line (a badge, a larger run) as that line', () => {
    const bars = marginBars([
      on(0, 'c1', 'verified'),
      { claimId: 'c2', verdict: 'disputed', top: -3, bottom: 22 }
    ])
    expect(bars).toHaveLength(1)
    expect(bars[0]?.verdict).toBe('disputed')
  })
})
