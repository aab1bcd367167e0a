/**
 * Ranking metrics as the CLEF-2019 CheckThat! lab computes them (its scorer, scorer/main.py):
 * each debate's lines are sorted by score, highest first, ties kept in line order; average
 * precision sums the precision at each check-worthy line and divides by the number of such lines;
 * R-precision is the precision in the top R, R being that number; P@k the precision in the top k.
 * The means are taken over debates.
 */

export interface RankingScores {
  averagePrecision: number
  rPrecision: number
  precisionAt10: number
}

/** Line indices from the highest score to the lowest; equal scores keep their order. */
export function rankByScore(scores: readonly number[]): number[] {
  return scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.index)
}

/** The metrics of one debate, from its labels (1 = check-worthy) and the system's scores. */
export function scoreRanking(labels: readonly number[], scores: readonly number[]): RankingScores {
  const ranked = rankByScore(scores).map((index) => labels[index] === 1)
  const relevant = labels.filter((label) => label === 1).length
  let found = 0
  let precisionSum = 0
  ranked.forEach((isRelevant, rank) => {
    if (!isRelevant) return
    found++
    precisionSum += found / (rank + 1)
  })
  return {
    averagePrecision: relevant === 0 ? 0 : precisionSum / relevant,
    rPrecision: relevant === 0 ? 0 : precisionAt(ranked, relevant),
    precisionAt10: precisionAt(ranked, 10)
  }
}

/** Precision in the top `k` (every debate has far more than k lines). */
function precisionAt(ranked: readonly boolean[], k: number): number {
  return ranked.slice(0, k).filter(Boolean).length / k
}

/** The mean of each metric over debates. */
export function meanScores(perDebate: readonly RankingScores[]): RankingScores {
  const mean = (pick: (scores: RankingScores) => number): number =>
    perDebate.reduce((sum, scores) => sum + pick(scores), 0) / Math.max(1, perDebate.length)
  return {
    averagePrecision: mean((scores) => scores.averagePrecision),
    rPrecision: mean((scores) => scores.rPrecision),
    precisionAt10: mean((scores) => scores.precisionAt10)
  }
}
