// Prints one line of totals over every test runner's JSON report, e.g.
// `tests: 212 passed, 0 failed, 3 skipped`. A runner whose report is missing did not run.
import { existsSync, readFileSync } from 'node:fs'

const totals = { passed: 0, failed: 0, skipped: 0 }
const missing = []

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null)

const vitest = read('reports/vitest.json')
if (vitest) {
  totals.passed += vitest.numPassedTests
  totals.failed += vitest.numFailedTests
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests
} else missing.push('unit (vitest)')

const playwright = read('reports/playwright.json')
if (playwright) {
  totals.passed += playwright.stats.expected + playwright.stats.flaky
  totals.failed += playwright.stats.unexpected
  totals.skipped += playwright.stats.skipped
} else missing.push('end-to-end (playwright)')

const note = missing.length ? ` (did not run: ${missing.join(', ')})` : ''
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped${note}`)
