/**
 * `npx tsx bench/eval-w3c.ts <w3c-annotation schema folder> [export.json …]`: validates W3C Web
 * Annotation exports against the W3C annotation test suite's JSON Schemas and prints JSON. With no
 * export named, it validates the export of the exporters' reviewed test article. In the same run it
 * validates the spec's own examples (the baseline: they must pass) and a broken annotation (the
 * control: it must fail), so a pass means the validator really looked.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { exportedAt, reviewedArticle } from '../test/fixtures/export/reviewed-article'
import { exportW3c } from '../src/shared/export/w3c'
import { loadSuite, runChecks, type CheckResult, type SuiteChecks } from './lib/w3c-schemas'

type Json = Record<string, unknown>

const [folder, ...exportPaths] = process.argv.slice(2)
if (!folder) {
  console.error('usage: npx tsx bench/eval-w3c.ts <w3c-annotation schema folder> [export.json …]')
  process.exit(1)
}

interface Report {
  annotations: number
  /** Every "must" check of the collection, its page and each annotation. */
  must: { passed: number; failed: number }
  failures: { where: string; check: string; errors: string[] }[]
  /** The suite's optional ("should", "may") assertions: how many annotations satisfy each. */
  features: Record<string, number>
}

function evaluate(suite: SuiteChecks, value: Json): Report {
  const report: Report = { annotations: 0, must: { passed: 0, failed: 0 }, failures: [], features: {} }
  const take = (where: string, result: CheckResult) => {
    report.must.passed += result.passed
    for (const failure of result.failed) {
      if (failure.level !== 'must') continue
      report.must.failed++
      report.failures.push({ where, check: failure.check, errors: failure.errors })
    }
  }
  const annotations: Json[] = []
  if (value['type'] === 'Annotation') annotations.push(value)
  else {
    take('collection', runChecks(suite.collection, value))
    const first = value['first']
    if (first && typeof first === 'object') {
      take('collection.first', runChecks(suite.page, first))
      annotations.push(...(((first as Json)['items'] as Json[] | undefined) ?? []))
    }
  }
  annotations.forEach((annotation, index) => {
    // An annotation inside a collection takes the collection's context, as it would standing alone.
    const standalone = { '@context': value['@context'], ...annotation }
    const must = suite.annotation.filter((check) => check.level === 'must')
    const optional = suite.annotation.filter((check) => check.level !== 'must')
    take(`annotation ${index} (${String(annotation['id'] ?? 'no id')})`, runChecks(must, standalone))
    for (const check of optional) {
      if (check.validate(standalone)) report.features[check.name] = (report.features[check.name] ?? 0) + 1
    }
  })
  report.annotations = annotations.length
  return report
}

const suite = loadSuite(folder)
const exports: Record<string, Json> =
  exportPaths.length > 0
    ? Object.fromEntries(exportPaths.map((path) => [path, JSON.parse(readFileSync(path, 'utf8')) as Json]))
    : {
        'Claimcheck export of the reviewed test article': JSON.parse(
          exportW3c(reviewedArticle(), {
            exportedAt,
            generator: 'Claimcheck',
            reviewer: { name: 'Sam Reyes', organisation: 'Riverside Fact Desk' }
          })
        ) as Json
      }

const examplesFolder = join(folder, 'examples')
const baseline = Object.fromEntries(
  readdirSync(examplesFolder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const report = evaluate(suite, JSON.parse(readFileSync(join(examplesFolder, name), 'utf8')) as Json)
      return [name, { annotations: report.annotations, must: report.must }]
    })
)

const broken = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'urn:claimcheck:annotation:control:c1',
  type: 'Annotation',
  motivation: 'fact-checking',
  body: { type: 'TextualBody', purpose: 'assessing', value: 'Disputed' },
  target: {
    source: 'urn:claimcheck:document:control',
    selector: { type: 'TextQuoteSelector', prefix: 'no exact' }
  }
}
const control = evaluate(suite, broken)

const results = Object.fromEntries(
  Object.entries(exports).map(([name, value]) => [name, evaluate(suite, value)])
)
const allPass = Object.values(results).every((report) => report.must.failed === 0 && report.annotations > 0)
console.log(
  JSON.stringify(
    {
      schemas: folder,
      checksPerAnnotation: suite.annotation.filter((check) => check.level === 'must').length,
      results,
      baseline,
      control: {
        expected: 'fail',
        must: control.must,
        failures: control.failures.map((failure) => failure.check)
      },
      verdict: allPass && control.must.failed > 0 ? 'pass' : 'fail'
    },
    null,
    2
  )
)
process.exitCode = allPass ? 0 : 1
