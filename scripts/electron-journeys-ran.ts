/**
 * CI's check that the `_electron` journeys ran rather than skipped (see lib/electron-journeys.ts):
 *   npx tsx scripts/electron-journeys-ran.ts reports/playwright.json
 */
import { readFileSync } from 'node:fs'
import { electronJourneys, journeysProblem } from './lib/electron-journeys'

const count = electronJourneys(JSON.parse(readFileSync(process.argv[2] ?? 'reports/playwright.json', 'utf8')))
const problem = journeysProblem(count)
console.log(problem ?? `${count.ran} Electron journeys ran.`)
process.exit(problem ? 1 : 0)
