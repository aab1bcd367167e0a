/**
 * A CouchDB-compatible server for tests and benches: pouchdb-server's express-pouchdb over
 * in-memory PouchDB, on 127.0.0.1 and a free port, in this process. It enforces what the desk
 * relies on (`validate_doc_update`, `_users` roles, `_security` members, basic auth). `stop()`
 * closes the port and drops every open connection (the server "goes away"); `start()` opens the
 * same port again with the data as it was, as a restarted CouchDB would.
 *
 * `startDesk()` is the one-call set-up for specs (Playwright too): a server, `desk init`, members.
 */
import { createServer, type Server } from 'node:http'
import type { Socket } from 'node:net'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import PouchDB from 'pouchdb-core'
import memoryAdapter from 'pouchdb-adapter-memory'
import httpAdapter from 'pouchdb-adapter-http'
import mapReduce from 'pouchdb-mapreduce'
import replication from 'pouchdb-replication'
import expressPouchDB from 'express-pouchdb'
import { addDeskUser, initDesk, type ServerAdmin } from '../../src/main/desk/desk-admin'
import type { DeskRole } from '../../src/shared/desk/desk-types'

export interface CouchServer {
  /** http://127.0.0.1:<port> */
  url: string
  admin: ServerAdmin
  /** Closes the port and every open connection; the data stays in memory. */
  stop(): Promise<void>
  /** Listens again on the same port. */
  start(): Promise<void>
  running(): boolean
  /** Resolves when the server has begun answering the next request whose path contains `part`. */
  nextAnswer(part: string): Promise<void>
  /** Stops for good and removes the server's scratch folder (its log). */
  close(): Promise<void>
}

let instances = 0
/**
 * PouchDB with the plugins the server needs, made once per process: a plugin sets properties on
 * PouchDB itself, and setting them again throws (two specs in one Playwright worker each start a
 * server).
 */
let pluggedPouch: typeof PouchDB | null = null
const withPlugins = (): typeof PouchDB =>
  (pluggedPouch ??= PouchDB.plugin(httpAdapter).plugin(replication).plugin(mapReduce).plugin(memoryAdapter))

export async function startCouchServer(
  admin: ServerAdmin = { user: 'admin', password: 'admin-secret' }
): Promise<CouchServer> {
  const scratch = await mkdtemp(join(tmpdir(), 'claimcheck-couch-'))
  // Each server its own databases: PouchDB's memory adapter keys them by name, process-wide.
  const prefix = `${scratch}/s${++instances}-`
  const Pouch = withPlugins().defaults({
    adapter: 'memory',
    prefix
  })
  const app = expressPouchDB(Pouch, {
    inMemoryConfig: true,
    logPath: join(scratch, 'log.txt'),
    mode: 'fullCouchDB',
    overrideMode: { exclude: ['routes/fauxton'] }
  })
  const sockets = new Set<Socket>()
  const awaited: { part: string; resolve: () => void }[] = []
  const noticeRequest = (path: string) => {
    for (let at = awaited.length - 1; at >= 0; at--) {
      const waiter = awaited[at] as { part: string; resolve: () => void }
      if (!path.includes(waiter.part)) continue
      awaited.splice(at, 1)
      waiter.resolve()
    }
  }
  let server: Server | null = null
  let port = 0
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = createServer((request, response) => {
        // Told once the answer's head and first bytes are on their way (a long-poll's opening `{`).
        const write = response.write.bind(response) as (...args: unknown[]) => boolean
        response.write = ((...args: unknown[]) => {
          const written = write(...args)
          noticeRequest(request.url ?? '')
          return written
        }) as typeof response.write
        app(request, response)
      })
      next.on('connection', (socket) => {
        sockets.add(socket)
        socket.on('close', () => sockets.delete(socket))
      })
      next.once('error', reject)
      next.listen(port, '127.0.0.1', () => {
        const address = next.address()
        if (address && typeof address === 'object') port = address.port
        server = next
        resolve()
      })
    })
  const stop = () =>
    new Promise<void>((resolve) => {
      const current = server
      server = null
      if (!current) return resolve()
      current.close(() => resolve())
      for (const socket of sockets) socket.destroy()
      sockets.clear()
    })
  await listen()
  const url = `http://127.0.0.1:${port}`
  const response = await fetch(`${url}/_config/admins/${admin.user}`, {
    method: 'PUT',
    body: JSON.stringify(admin.password)
  })
  if (!response.ok) throw new Error(`The test server did not take its admin: ${response.status}`)
  return {
    url,
    admin,
    stop,
    start: listen,
    running: () => server !== null,
    nextAnswer: (part) => new Promise<void>((resolve) => awaited.push({ part, resolve })),
    async close() {
      await stop()
      await rm(scratch, { recursive: true, force: true })
    }
  }
}

export interface DeskMemberSpec {
  name: string
  role: DeskRole
  password?: string
}

export interface TestDesk {
  server: CouchServer
  /** The database URL members connect to. */
  deskUrl: string
  members: Required<DeskMemberSpec>[]
}

/** A server with a desk set up by `desk init` and the members added by `desk add-user`. */
export async function startDesk(
  members: DeskMemberSpec[] = [
    { name: 'ana', role: 'checker' },
    { name: 'ben', role: 'checker' },
    { name: 'ed', role: 'editor' }
  ],
  database = 'desk'
): Promise<TestDesk> {
  const server = await startCouchServer()
  const deskUrl = `${server.url}/${database}`
  await initDesk(deskUrl, server.admin)
  const added: Required<DeskMemberSpec>[] = []
  for (const member of members) {
    const full = { ...member, password: member.password ?? `${member.name}-password` }
    await addDeskUser(deskUrl, server.admin, full)
    added.push(full)
  }
  return { server, deskUrl, members: added }
}
