import { describe, expect, it } from 'vitest'
import { meanScores, rankByScore, scoreRanking } from './ranking-metrics'

describe('rankByScore', () => {
  it('ranks the highest score first and keeps line order among equal scores', () => {
    expect(rankByScore([0.2, 0.9, 0.2, 0.5, 0.2])).toEqual([1, 3, 0, 2, 4])
  })
})

describe('scoreRanking', () => {
  // Twelve lines, three check-worthy (lines 0, 4 and 11). The scores rank them 1st, 3rd and 12th:
  // ranking = [0, 1, 4, 2, 3, 5, 6, 7, 8, 9, 10, 11].
  const labels = [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1]
  const scores = [0.99, 0.9, 0.5, 0.4, 0.8, 0.3, 0.3, 0.3, 0.2, 0.2, 0.1, 0.05]

  it('averages the precision at each check-worthy line over all of them', () => {
    // (1/1 + 2/3 + 3/12) / 3
    expect(scoreRanking(labels, scores).averagePrecision).toBeCloseTo((1 + 2 / 3 + 3 / 12) / 3, 10)
  })

  it('takes R-precision in the top R lines, R being the number of check-worthy lines', () => {
    // Top 3: lines 0, 1, 4 → two of three.
    expect(scoreRanking(labels, scores).rPrecision).toBeCloseTo(2 / 3, 10)
  })

  it('takes P@10 over the top ten lines', () => {
    expect(scoreRanking(labels, scores).precisionAt10).toBeCloseTo(2 / 10, 10)
  })

  it('ranks tied lines in line order, as the lab’s stable sort does', () => {
    // All equal: ranked 0..3; the one check-worthy line (3) is 4th → AP 1/4.
    expect(scoreRanking([0, 0, 0, 1], [0.5, 0.5, 0.5, 0.5]).averagePrecision).toBe(0.25)
  })
})

describe('meanScores', () => {
  it('averages each metric over debates', () => {
    const mean = meanScores([
      { averagePrecision: 0.5, rPrecision: 0.2, precisionAt10: 0.1 },
      { averagePrecision: 0.1, rPrecision: 0.4, precisionAt10: 0.3 }
    ])
    expect(mean.averagePrecision).toBeCloseTo(0.3, 10)
    expect(mean.rPrecision).toBeCloseTo(0.3, 10)
    expect(mean.precisionAt10).toBeCloseTo(0.2, 10)
  })
})
