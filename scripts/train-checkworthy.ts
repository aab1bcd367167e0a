/**
 * Trains the check-worthiness model on the CLEF-2019 CheckThat! training debates and writes it as
 * src/shared/claims/checkworthy-model.json, the file the app ships:
 *
 *   npm run train:checkworthy -- <dir of *.tsv debates>
 *
 * Same data and settings give the same file byte for byte (a seeded shuffle, no other randomness).
 * The settings are chosen by cross-validation: bench/eval-checkworthy.ts --tune.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { namedFeatures, sentenceFeatures } from '../src/shared/claims/checkworthy-features'
import { readClaim } from '../src/shared/claims/analyze'
import { CHECK_WORTHY_SCORE } from '../src/shared/claims/check-worthy'
import { findPeople } from '../src/shared/claims/people'
import {
  chosenFeatures,
  chosenMinimumWeight,
  chosenParams,
  debateExamples,
  logit,
  prune,
  readDebates,
  storedModel,
  train
} from './lib/checkworthy-training'

const QUANTILE_FOLDS = 5
const modelPath = fileURLToPath(new URL('../src/shared/claims/checkworthy-model.json', import.meta.url))

function main(): void {
  const dir = process.argv[2]
  if (!dir) throw new Error('Usage: npm run train:checkworthy -- <dir of CLEF-2019 *.tsv debates>')
  const debates = readDebates(dir)
  const byDebate = debates.map((debate) => debateExamples(debate, chosenFeatures))
  const examples = byDebate.flat()
  const trained = prune(train(examples, chosenFeatures, chosenParams), chosenMinimumWeight)

  // The score is a rank among the lines fact-checkers chose to check, as the model rates lines it
  // has not seen: logits of check-worthy lines from models trained without their debate (5 folds).
  const unseen: number[] = []
  const negatives: number[] = []
  for (let fold = 0; fold < QUANTILE_FOLDS; fold++) {
    const inFold = (index: number): boolean => index % QUANTILE_FOLDS === fold
    const model = prune(
      train(byDebate.filter((_, index) => !inFold(index)).flat(), chosenFeatures, chosenParams),
      chosenMinimumWeight
    )
    for (const example of byDebate.filter((_, index) => inFold(index)).flat()) {
      ;(example.label === 1 ? unseen : negatives).push(logit(model, example.features))
    }
  }
  unseen.sort((a, b) => a - b)
  const logitQuantiles = Array.from({ length: 101 }, (_, percent) =>
    round(unseen[Math.min(unseen.length - 1, Math.round((percent / 100) * (unseen.length - 1)))] ?? 0)
  )
  const threshold = logitQuantiles[Math.round(CHECK_WORTHY_SCORE * 100)] ?? 0
  const marked = {
    checkWorthy: unseen.filter((value) => value >= threshold).length / unseen.length,
    others: negatives.filter((value) => value >= threshold).length / negatives.length
  }

  // What each hashed slot stands for, to name the strongest weights in the file.
  const names = new Map<number, string>()
  for (const debate of debates) {
    const people = findPeople(debate.lines.map((line) => line.text).join('\n'))
    for (const line of debate.lines) {
      sentenceFeatures(line.text, readClaim(line.text, { people, previousText: null }), chosenFeatures, names)
    }
  }
  const hashed = [...trained.weights.entries()]
    .filter(([slot, weight]) => slot >= namedFeatures.length && weight !== 0)
    .sort((a, b) => b[1] - a[1])
  const describe = ([slot, weight]: [number, number]) => `${names.get(slot) ?? `#${slot}`} ${round(weight)}`

  const about = {
    trainedOn: `${debates.length} CLEF-2019 CheckThat! training debates, ${examples.length} lines, ${examples.filter((example) => example.label === 1).length} check-worthy`,
    model: 'logistic regression, FTRL-Proximal (L1 + L2), scripts/train-checkworthy.ts',
    settings: { params: chosenParams, minimumWeight: chosenMinimumWeight },
    hashedWeights: hashed.length,
    markedAtThreshold: {
      threshold: CHECK_WORTHY_SCORE,
      shareOfCheckWorthyLines: round(marked.checkWorthy),
      shareOfOtherLines: round(marked.others)
    },
    strongestFor: hashed.slice(0, 25).map(describe),
    strongestAgainst: hashed.slice(-25).reverse().map(describe)
  }
  const model = { ...storedModel(trained, chosenFeatures, about), logitQuantiles }
  writeFileSync(modelPath, `${JSON.stringify(model)}\n`)
  console.log(
    JSON.stringify({ wrote: modelPath, bytes: JSON.stringify(model).length + 1, ...about }, null, 2)
  )
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000
}

main()
