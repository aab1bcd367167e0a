/**
 * The crash test, quick version (issue 8): a real browser host killed with SIGKILL during writes
 * and restarted, for CLAIMCHECK_CRASH_ROUNDS rounds (default 5; `bench/crash.ts` runs many more).
 * The rounds run once; each test below checks one promise over all of them.
 * CLAIMCHECK_CRASH_SEED replays a run (the seed is printed).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { runCrashRounds, type CrashReport } from '../../test/support/crash-rounds'
import { suiteTempFolder } from '../../test/support/suite-temp-folder'

const rounds = Number.parseInt(process.env['CLAIMCHECK_CRASH_ROUNDS'] ?? '5', 10)
const seed = Number.parseInt(process.env['CLAIMCHECK_CRASH_SEED'] ?? String(Date.now() % 2 ** 31), 10)

describe(`a browser host killed with SIGKILL during writes, ${rounds} times`, () => {
  let report: CrashReport

  beforeAll(
    async () => {
      report = await runCrashRounds({ dataDir: await suiteTempFolder(), rounds, seed })
      const { lost, unparseable, tempFilesAfterStart, indexMismatches, refusals, ...figures } = report
      const counts = {
        lost: lost.length,
        unparseable: unparseable.length,
        tempFilesAfterStart: tempFilesAfterStart.length,
        indexMismatches: indexMismatches.length,
        refusals: refusals.length
      }
      console.log(JSON.stringify({ crash: figures, ...counts }))
    },
    30_000 + rounds * 15_000
  )

  it('restarts and checks acknowledged changes every round', () => {
    expect({ rounds: report.rounds, checkedSome: report.checked > 0 }).toEqual({ rounds, checkedSome: true })
  })

  it('starts every other round on the layout from before the split, so kills land in the migration', () => {
    expect(report.migrationRounds).toBe(Math.ceil(rounds / 2))
  })

  it('answers every call ok until it is killed', () => {
    expect(report.refusals).toEqual([])
  })

  it('leaves every JSON file parseable, after the kill and after the restart', () => {
    expect(report.unparseable).toEqual([])
  })

  it('loses no acknowledged change', () => {
    expect(report.lost).toEqual([])
  })

  it('leaves no temp file once started again', () => {
    expect(report.tempFilesAfterStart).toEqual([])
  })

  it('keeps the library index in step with the documents', () => {
    expect(report.indexMismatches).toEqual([])
  })
})
