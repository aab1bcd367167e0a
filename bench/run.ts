/**
 * `npm run bench`: runs every benchmark in bench/ (each top-level `*.ts` file except this runner
 * and the evaluation script), one process each so they do not disturb one another, and prints a
 * JSON array of what each one printed. Adding a benchmark is adding a file that prints JSON.
 * GOLDEN_RULES (a path) is passed through to benchmarks that report a Golden Rules score.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const benchDir = fileURLToPath(new URL('.', import.meta.url))
const notBenchmarks = new Set(['run.ts'])

// Evaluations (`eval-*.ts`) need data paths and are run on their own.
const files = readdirSync(benchDir)
  .filter(
    (name) =>
      name.endsWith('.ts') &&
      !name.endsWith('.test.ts') &&
      !name.startsWith('eval-') &&
      !notBenchmarks.has(name)
  )
  .sort()

const results: unknown[] = []
let failed = false
for (const name of files) {
  const child = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', name, ...process.argv.slice(2)],
    {
      cwd: benchDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  if (child.status !== 0) {
    failed = true
    results.push({ bench: name, error: `exited with ${child.status ?? child.signal}` })
    continue
  }
  try {
    results.push(JSON.parse(child.stdout))
  } catch {
    results.push({ bench: name, output: child.stdout.trim() })
  }
}
console.log(JSON.stringify(results, null, 2))
if (failed) process.exitCode = 1
