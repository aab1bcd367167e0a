/**
 * The learned check-worthiness model: a logistic regression over the features of
 * checkworthy-features.ts, trained on fact-checkers' labels (CLEF-2019 CheckThat!, political
 * debates) by scripts/train-checkworthy.ts. The weights ship as checkworthy-model.json; this module
 * only reads them and scores, in pure TypeScript.
 */
import { namedFeatures, visitFeatures, type FeatureOptions, type SentenceFacts } from './checkworthy-features'

/** The model as stored: named weights by name, hashed weights as sorted, delta-coded slots. */
export interface StoredModel {
  format: 'claimcheck-checkworthy/1'
  features: FeatureOptions
  bias: number
  named: Record<string, number>
  /** Hashed slots in increasing order, each given as the gap from the previous one. */
  hashedGaps: number[]
  /** The weight of each hashed slot, multiplied by `weightScale` and rounded. */
  hashedWeights: number[]
  weightScale: number
  /**
   * Logits of the training lines fact-checkers chose to check, at 0%, 1%, … 100%, each scored by a
   * model that did not see its debate: turns a logit into a rank among them (score.ts).
   */
  logitQuantiles: number[]
  /** How the training went and what it learned, for people reading the file. */
  about?: unknown
}

export interface CheckWorthinessModel {
  features: FeatureOptions
  bias: number
  /** One weight per slot: the named features, then every hashed slot. */
  weights: Float32Array
}

/** The model file as parsed JSON, checked to be one this code reads; throws otherwise. */
export function asStoredModel(json: unknown): StoredModel {
  const stored = json as Partial<StoredModel> | null
  if (stored?.format !== 'claimcheck-checkworthy/1')
    throw new Error(`Unknown model format: ${String(stored?.format)}`)
  const { features, hashedGaps, hashedWeights, logitQuantiles } = stored
  const isNumbers = (value: unknown): value is number[] =>
    Array.isArray(value) && value.every((item) => typeof item === 'number')
  if (
    !features ||
    features.charGrams.length !== 2 ||
    !isNumbers(hashedGaps) ||
    !isNumbers(hashedWeights) ||
    !isNumbers(logitQuantiles) ||
    hashedGaps.length !== hashedWeights.length
  ) {
    throw new Error('Model weights are damaged.')
  }
  return stored as StoredModel
}

/** Unpacks a stored model. */
export function loadModel(json: unknown): CheckWorthinessModel {
  const stored = asStoredModel(json)
  const weights = new Float32Array(namedFeatures.length + 2 ** stored.features.hashBits)
  namedFeatures.forEach((name, index) => {
    weights[index] = stored.named[name] ?? 0
  })
  let slot = 0
  stored.hashedGaps.forEach((gap, index) => {
    slot += gap
    weights[namedFeatures.length + slot] = (stored.hashedWeights[index] ?? 0) / stored.weightScale
  })
  return { features: stored.features, bias: stored.bias, weights }
}

/** The model's log-odds that fact-checkers would check this sentence. */
export function checkWorthinessLogit(
  model: CheckWorthinessModel,
  text: string,
  facts: SentenceFacts
): number {
  const { weights } = model
  let sum = model.bias
  visitFeatures(text, facts, model.features, (slot, value) => {
    sum += (weights[slot] ?? 0) * value
  })
  return sum
}
