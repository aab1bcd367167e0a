/**
 * Three members making random changes while the server is stopped and restarted twice end with
 * the same desk state, and none of their verdicts is lost. The full size (3 × 300, about a minute
 * on a busy machine) runs in bench/desk-convergence.ts; here 3 × 80, the same run scaled down.
 */
import { describe, expect, it } from 'vitest'
import { runConvergence } from '../../../test/support/desk-convergence'
import { tempFolder } from '../../../test/support/temp-folder'

describe('the desk converges', () => {
  it('gives every member the same desk state after random changes and two server restarts', async () => {
    const report = await runConvergence({ changesPerMember: 80, seed: 22, folder: () => tempFolder() })
    expect(report.serverRestarts).toBe(2)
    expect(report.divergent).toEqual([])
    expect(report.lost).toEqual([])
    expect(report.events).toBeGreaterThan(10)
  }, 120_000)
})
