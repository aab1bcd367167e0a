/**
 * Leave-whole-debates-out cross-validation of the check-worthiness model: for each debate, train
 * on all the others, score the debate's lines, and compute the lab's metrics on it.
 */
import type { FeatureOptions } from '../../src/shared/claims/checkworthy-features'
import {
  debateExamples,
  logit,
  prune,
  train,
  type Debate,
  type Example,
  type TrainingParams
} from '../../scripts/lib/checkworthy-training'
import { scoreRanking, type RankingScores } from './ranking-metrics'

export interface DebateScores extends RankingScores {
  debate: string
}

/** Features of every debate, computed once per feature setting. */
export function featuresOf(debates: readonly Debate[], options: FeatureOptions): Example[][] {
  return debates.map((debate) => debateExamples(debate, options))
}

export function crossValidate(
  debates: readonly Debate[],
  examples: readonly Example[][],
  options: FeatureOptions,
  params: TrainingParams,
  minimumWeight: number
): DebateScores[] {
  return debates.map((debate, held) => {
    const training = examples.filter((_, index) => index !== held).flat()
    const model = prune(train(training, options, params), minimumWeight)
    const test = examples[held] ?? []
    const scores = test.map((example) => logit(model, example.features))
    return {
      debate: debate.name,
      ...scoreRanking(
        test.map((example) => example.label),
        scores
      )
    }
  })
}
