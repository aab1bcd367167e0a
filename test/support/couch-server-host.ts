/**
 * The test desk (couch-server.ts) in a process of its own, for benches that should not count the
 * server's work on the members' thread: a real desk server runs on another machine. Run with tsx;
 * prints one JSON line `{ url, admin, deskUrl, members }` once it answers, and exits when its
 * parent closes its stdin (or dies). `startDeskProcess()` is the parent's side.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import type { ServerAdmin } from '../../src/main/desk/desk-admin'
import { startDesk, type DeskMemberSpec, type TestDesk } from './couch-server'

export interface DeskProcess {
  server: { url: string; admin: ServerAdmin; close(): Promise<void> }
  deskUrl: string
  members: TestDesk['members']
}

export async function startDeskProcess(members: DeskMemberSpec[]): Promise<DeskProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, CLAIMCHECK_DESK_MEMBERS: JSON.stringify(members) },
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const lines = createInterface({ input: child.stdout })
  const [first] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(() => {
      throw new Error('The desk server process ended before it answered.')
    })
  ])) as [string]
  const started = JSON.parse(first) as Omit<DeskProcess, 'server'> & { url: string; admin: ServerAdmin }
  return {
    deskUrl: started.deskUrl,
    members: started.members,
    server: {
      url: started.url,
      admin: started.admin,
      async close() {
        const exited = once(child, 'exit')
        child.stdin.end()
        await exited
      }
    }
  }
}

async function serve(): Promise<void> {
  const desk = await startDesk(JSON.parse(process.env['CLAIMCHECK_DESK_MEMBERS'] ?? '[]') as DeskMemberSpec[])
  const { url, admin } = desk.server
  console.log(JSON.stringify({ url, admin, deskUrl: desk.deskUrl, members: desk.members }))
  process.stdin.resume()
  process.stdin.once('end', () => process.exit(0))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  serve().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exit(1)
  })
}
