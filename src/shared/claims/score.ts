/**
 * Check-worthiness, from 0 to 1: how a claim ranks against the sentences fact-checkers chose to
 * check (CLEF-2019 CheckThat! debates), by the learned model of checkworthy-model.ts. A score of
 * 0.6 means the model rates the claim above 60% of those sentences; 0 means below all of them.
 * A rank rather than a probability, because a probability learned on debates (where 1 line in 37
 * is checked) says little about an article, whose sentences are denser in facts. The claim's kinds
 * stay the explanation shown beside it.
 */
import type { SentenceFacts } from './checkworthy-features'
import { asStoredModel, checkWorthinessLogit, loadModel } from './checkworthy-model'
import modelFile from './checkworthy-model.json'

const model = loadModel(modelFile)
const quantiles = asStoredModel(modelFile).logitQuantiles

export function checkWorthiness(text: string, facts: SentenceFacts): number {
  return Math.round(rankOf(checkWorthinessLogit(model, text, facts)) * 100) / 100
}

/** Where `logit` falls among the training sentences' logits, 0..1, interpolated between quantiles. */
function rankOf(logit: number): number {
  const last = quantiles.length - 1
  if (last < 1) return 0
  if (logit <= (quantiles[0] ?? 0)) return 0
  if (logit >= (quantiles[last] ?? 0)) return 1
  let low = 0
  let high = last
  while (high - low > 1) {
    const middle = (low + high) >> 1
    if ((quantiles[middle] ?? 0) <= logit) low = middle
    else high = middle
  }
  const from = quantiles[low] ?? 0
  const to = quantiles[high] ?? 0
  return (low + (to > from ? (logit - from) / (to - from) : 0)) / last
}
