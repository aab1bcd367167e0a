/**
 * The convergence run at full size: 3 members × 300 random changes (statuses, notes, sign-offs,
 * assignments) with the server stopped and restarted twice; every replica must end with the same
 * desk state and no member's verdict lost. npm test runs it at 3 × 80. Prints JSON.
 * Run: npx tsx bench/desk-convergence.ts
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runConvergence } from '../test/support/desk-convergence'

const root = await mkdtemp(join(tmpdir(), 'claimcheck-bench-desk-convergence-'))
let folders = 0
try {
  const report = await runConvergence({
    changesPerMember: 300,
    seed: 22,
    folder: () => Promise.resolve(join(root, `m${++folders}`))
  })
  console.log(
    JSON.stringify({
      bench: 'desk-convergence',
      ...report,
      converged: report.divergent.length === 0 && report.lost.length === 0
    })
  )
} finally {
  await rm(root, { recursive: true, force: true })
}
// The test server's long-polls (express-pouchdb) keep a heartbeat timer that outlives a poll the
// engine aborted, so the process would wait on them forever after printing.
process.exit(0)
