/**
 * Evaluation of check-worthiness on fact-checkers' labels (CLEF-2019 CheckThat! task 1), with the
 * lab's metrics: MAP, R-precision and P@10, per debate and then averaged.
 *
 *   npx tsx bench/eval-checkworthy.ts <training dir>              leave-one-debate-out cross-validation
 *   npx tsx bench/eval-checkworthy.ts <training dir> --tune       the same for each setting tried
 *   npx tsx bench/eval-checkworthy.ts <training dir> --test <dir> the shipped model on held-out debates
 *
 * Each run also scores the baselines (the old hand-weighted score and the "digit, % or
 * comparative" rule), which need no training. Prints JSON. Not a test.
 */
import { readClaim } from '../src/shared/claims/analyze'
import type { FeatureOptions } from '../src/shared/claims/checkworthy-features'
import { checkWorthinessLogit, loadModel } from '../src/shared/claims/checkworthy-model'
import { findPeople } from '../src/shared/claims/people'
import stored from '../src/shared/claims/checkworthy-model.json'
import {
  chosenFeatures,
  chosenMinimumWeight,
  chosenParams,
  readDebates,
  type Debate,
  type TrainingParams
} from '../scripts/lib/checkworthy-training'
import { crossValidate, featuresOf } from './lib/checkworthy-cv'
import { handWeightedScore } from './lib/hand-weighted-score'
import { meanScores, scoreRanking, type RankingScores } from './lib/ranking-metrics'

type Scorer = (debate: Debate) => number[]

const rounded = (scores: RankingScores): RankingScores => ({
  averagePrecision: round(scores.averagePrecision),
  rPrecision: round(scores.rPrecision),
  precisionAt10: round(scores.precisionAt10)
})
const round = (value: number): number => Math.round(value * 10_000) / 10_000

function evaluate(debates: readonly Debate[], scorer: Scorer): RankingScores {
  return meanScores(
    debates.map((debate) =>
      scoreRanking(
        debate.lines.map((line) => line.label),
        scorer(debate)
      )
    )
  )
}

/** Scores each line of a debate with `score`, given what the claims engine reads in it. */
function withFacts(score: (text: string, facts: ReturnType<typeof readClaim>) => number): Scorer {
  return (debate) => {
    const people = findPeople(debate.lines.map((line) => line.text).join('\n'))
    return debate.lines.map((line, index) =>
      score(line.text, readClaim(line.text, { people, previousText: debate.lines[index - 1]?.text ?? null }))
    )
  }
}

const baselines: Record<string, Scorer> = {
  'hand-weighted score (before)': withFacts((_, facts) =>
    handWeightedScore(facts.kinds, facts.numbers.length, facts.quote?.speaker != null)
  ),
  'digit, % or comparative': (debate) =>
    debate.lines.map((line) => (/\d|%|\b\w+er than\b|\bmore\b|\bless\b|\bfewer\b/i.test(line.text) ? 1 : 0))
}

function crossValidated(
  debates: readonly Debate[],
  features: FeatureOptions,
  params: TrainingParams,
  minimumWeight: number
) {
  const perDebate = crossValidate(debates, featuresOf(debates, features), features, params, minimumWeight)
  return {
    mean: rounded(meanScores(perDebate)),
    perDebate: perDebate.map((scores) => ({ ...rounded(scores), debate: scores.debate }))
  }
}

/** The settings tried, one change at a time from the chosen ones. */
function tuningGrid(): { features: FeatureOptions; params: TrainingParams; minimumWeight: number }[] {
  const base = { features: chosenFeatures, params: chosenParams, minimumWeight: chosenMinimumWeight }
  const params = (change: Partial<TrainingParams>) => ({ ...base, params: { ...chosenParams, ...change } })
  const features = (change: Partial<FeatureOptions>) => ({
    ...base,
    features: { ...chosenFeatures, ...change }
  })
  return [
    base,
    params({ positiveWeight: 5 }),
    params({ positiveWeight: 40 }),
    params({ l1: 0.2 }),
    params({ l1: 3 }),
    params({ l2: 0.1 }),
    params({ l2: 10 }),
    params({ alpha: 0.03 }),
    params({ alpha: 0.3 }),
    params({ epochs: 3 }),
    features({ charGrams: [3, 5] }),
    features({ wordGrams: 1 }),
    features({ hashBits: 20 }),
    { ...base, minimumWeight: 1e-2 }
  ]
}

function main(): void {
  const args = process.argv.slice(2)
  const trainingDir = args.find((arg) => !arg.startsWith('--'))
  if (!trainingDir) throw new Error('Usage: eval-checkworthy.ts <training dir> [--tune | --test <dir>]')
  const debates = readDebates(trainingDir)
  const testIndex = args.indexOf('--test')
  const testDir = testIndex >= 0 ? args[testIndex + 1] : undefined
  const report: Record<string, unknown> = {
    eval: 'check-worthiness (CLEF-2019 CheckThat! task 1)',
    trainingDebates: debates.length,
    baselines: Object.fromEntries(
      Object.entries(baselines).map(([name, scorer]) => [name, rounded(evaluate(debates, scorer))])
    )
  }
  if (testDir) {
    const model = loadModel(stored)
    const test = readDebates(testDir)
    report.heldOut = {
      debates: test.length,
      model: rounded(
        evaluate(
          test,
          withFacts((text, facts) => checkWorthinessLogit(model, text, facts))
        )
      ),
      baselines: Object.fromEntries(
        Object.entries(baselines).map(([name, scorer]) => [name, rounded(evaluate(test, scorer))])
      )
    }
  } else if (args.includes('--tune')) {
    report.tuning = tuningGrid().map((setting) => {
      const started = performance.now()
      const { mean } = crossValidated(debates, setting.features, setting.params, setting.minimumWeight)
      const result = { ...setting, ...mean, seconds: Math.round((performance.now() - started) / 1000) }
      console.error(JSON.stringify(result))
      return result
    })
  } else {
    report.crossValidated = {
      settings: { features: chosenFeatures, params: chosenParams, minimumWeight: chosenMinimumWeight },
      ...crossValidated(debates, chosenFeatures, chosenParams, chosenMinimumWeight)
    }
  }
  console.log(JSON.stringify(report, null, 2))
}

main()
