/**
 * Crash benchmark (issue 8): the crash test's rounds, many of them — a real browser host killed
 * with SIGKILL during concurrent writes and restarted on the same folder. Prints JSON: rounds run,
 * acknowledged changes checked, how many were lost, and the other findings, with restart times.
 * Run: npx tsx bench/crash.ts [rounds]   (or CLAIMCHECK_CRASH_ROUNDS; CLAIMCHECK_CRASH_SEED replays)
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { runCrashRounds } from '../test/support/crash-rounds'

const argument = process.argv.slice(2).find((value) => /^\d+$/.test(value))
const rounds = Number.parseInt(argument ?? process.env['CLAIMCHECK_CRASH_ROUNDS'] ?? '50', 10)
const seed = Number.parseInt(process.env['CLAIMCHECK_CRASH_SEED'] ?? String(Date.now() % 2 ** 31), 10)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const dataDir = await mkdtemp(join(tmpdir(), 'claimcheck-crash-'))
try {
  const started = performance.now()
  const report = await runCrashRounds({ dataDir, rounds, seed })
  const { lost, unparseable, tempFilesAfterStart, indexMismatches, refusals, restartMs } = report
  console.log(
    JSON.stringify(
      {
        benchmark: 'crash-kill-9',
        seed,
        rounds: report.rounds,
        // Rounds started on the layout from before the split: their first changes split documents.
        migrationRounds: report.migrationRounds,
        killsMidSplit: report.killsMidSplit,
        acknowledged: report.acknowledged,
        checked: report.checked,
        lost: lost.length,
        unparseable: unparseable.length,
        tempFilesAfterStart: tempFilesAfterStart.length,
        indexMismatches: indexMismatches.length,
        refusals: refusals.length,
        restartMs: { median: median(restartMs), max: Math.max(0, ...restartMs) },
        seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
        // The first few of each, to start from when a figure is not 0.
        examples: {
          lost: lost.slice(0, 5),
          unparseable: unparseable.slice(0, 5),
          tempFilesAfterStart: tempFilesAfterStart.slice(0, 5),
          indexMismatches: indexMismatches.slice(0, 5),
          refusals: refusals.slice(0, 5)
        }
      },
      null,
      2
    )
  )
} finally {
  await rm(dataDir, { recursive: true, force: true })
}
