/**
 * A hostile or broken server: records that are oversized, mistyped, carry prototype keys or
 * `javascript:` links, and answers that are not CouchDB's, are refused with a message and never
 * reach (or damage) the local library. The server here is a plain HTTP server speaking just
 * enough of CouchDB's protocol to log in and answer `_changes`.
 */
import { createServer, type Server } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { openMember, leave, type Member } from '../../../test/support/desk-members'
import { importNew } from '../../../test/support/services'
import { tempFolder } from '../../../test/support/temp-folder'

const at = '2026-12-06T10:00:00.000Z'
const article = (id: string, extra: Record<string, unknown> = {}) => ({
  _id: `article:${id}`,
  _rev: '1-a',
  type: 'article',
  deskDocId: id,
  title: `Shared ${id}`,
  text: 'The port moved 3 million tonnes. It said so on Friday.',
  blocks: [{ type: 'paragraph', start: 0, end: 54 }],
  claims: [
    { id: 'c1', start: 0, end: 32 },
    { id: 'c2', start: 33, end: 54 }
  ],
  source: 'https://news.example.org/port',
  sharedBy: 'ben',
  sharedAt: at,
  ...extra
})
const review = (claims: string) =>
  `{"_id":"review:good-1:ben","_rev":"1-b","type":"review","deskDocId":"good-1","member":"ben","claims":${claims},"highlights":[],"updatedAt":"${at}"}`

/** Answers the log-in, then `_changes` from `changes` (raw JSON text); later pulls wait forever. */
function hostileServer(changes: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x')
    const json = (body: string) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(body)
    }
    if (url.pathname === '/_session') return json('{"ok":true,"userCtx":{"name":"ana","roles":["checker"]}}')
    if (url.pathname === '/desk') return json('{"db_name":"desk"}')
    if (url.pathname === '/desk/_changes') {
      if (url.searchParams.get('since') === '0') return json(changes)
      return // Held open: the client gives up when it stops.
    }
    if (url.pathname === '/desk/_bulk_docs') return json('[]')
    response.writeHead(404, { 'content-type': 'application/json' })
    response.end('{"error":"not_found"}')
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve({
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/desk`,
        server
      })
    })
  )
}

const opened: { member: Member; server: Server }[] = []
afterEach(async () => {
  for (const { member, server } of opened.splice(0)) {
    await leave(member)
    server.closeAllConnections()
    server.close()
  }
})

async function connectTo(changes: string) {
  const member = await openMember(await tempFolder(), 'ana')
  const before = await importNew(
    member.services,
    'mine.txt',
    'My notes\n\nThe bridge cost 4 million. It opened in May.\n'
  )
  await member.services.applyChange({
    documentId: before.id,
    change: { kind: 'set-note', claimId: 'c1', note: 'kept' }
  })
  const { url, server } = await hostileServer(changes)
  opened.push({ member, server })
  await member.services.connectDesk({ url, name: 'ana', password: 'ana-password' })
  return { member, mine: before.id }
}

const refusedIds = async (member: Member) => {
  const status = await member.services.deskStatus({})
  return status.connected ? status.refused.map((refusal) => refusal.recordId).sort() : []
}

describe('a hostile desk server', () => {
  it('refuses bad records with a message, takes the good one, and leaves the library intact', async () => {
    const results = [
      { id: 'article:good-1', doc: article('good-1') },
      { id: 'article:huge-1', doc: article('huge-1', { text: 'x'.repeat(3_000_001) }) },
      { id: 'article:script-1', doc: article('script-1', { source: 'javascript:alert(1)' }) },
      { id: 'article:typed-1', doc: article('typed-1', { claims: 'c1,c2' }) }
    ]
    const body = JSON.stringify({ results, last_seq: '5' }).replace(
      /\],"last_seq"/,
      `,{"id":"review:good-1:ben","doc":${review('{"__proto__":{"status":"verified"}}')}}],"last_seq"`
    )
    const { member, mine } = await connectTo(body)
    await expect
      .poll(() => refusedIds(member))
      .toEqual(['article:huge-1', 'article:script-1', 'article:typed-1', 'review:good-1:ben'])
    const status = await member.services.deskStatus({})
    const reasons = status.connected ? status.refused.map((refusal) => refusal.reason).join('\n') : ''
    expect(reasons).toMatch(
      /article:huge-1 was refused at text: The shared article is larger than a desk holds/
    )
    expect(reasons).toMatch(/article:script-1 was refused at source/)
    expect(reasons).toMatch(/review:good-1:ben has a prototype key/)
    const titles = (await member.services.listDocuments({})).map((entry) => entry.title).sort()
    expect(titles).toEqual(['My notes', 'Shared good-1'])
    const kept = await member.services.openDocument({ documentId: mine })
    expect(kept.annotations.claims['c1']?.note).toBe('kept')
    expect(({} as Record<string, unknown>)['status']).toBeUndefined()
  }, 30_000)

  it('says so when the answer is not CouchDB’s, and keeps the library as it was', async () => {
    const { member } = await connectTo('{"results":"all of them","last_seq":1}')
    await expect.poll(() => refusedIds(member), { timeout: 15_000 }).toEqual(['(the desk)'])
    const status = await member.services.deskStatus({})
    expect(status.connected && status.refused[0]?.reason).toMatch(/answer to changes was not understood/)
    expect((await member.services.listDocuments({})).map((entry) => entry.title)).toEqual(['My notes'])
  })
})
