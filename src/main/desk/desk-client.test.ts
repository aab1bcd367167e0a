/**
 * The client's requests stop when told to, also after a garbage collection: Node's fetch can lose
 * the abort of a request whose own signal was collected (nodejs/node#55428), and the test server,
 * like a CouchDB long-poll with no change, never ends the request by itself.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startDesk, type TestDesk } from '../../../test/support/couch-server'
import { deskClient } from './desk-client'

setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

let desk: TestDesk
beforeAll(async () => {
  desk = await startDesk([{ name: 'ana', role: 'checker' }])
})
afterAll(() => desk.server.close())

it('gives up a long-poll at once when aborted, even after a garbage collection', async () => {
  const client = deskClient(desk.deskUrl, 'ana', 'ana-password')
  const head = await client.changes('0', { limit: 1000, waitMs: 0, signal: new AbortController().signal })
  const stop = new AbortController()
  const answering = desk.server.nextAnswer('feed=longpoll')
  const polling = client.changes(head.lastSeq, { limit: 10, waitMs: 600_000, signal: stop.signal })
  // Once the server has begun its answer and the client has read the head (fetch has resolved and
  // dropped its Request, nano reads the body), collect what only weak references hold.
  await answering
  for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve))
  for (let round = 0; round < 3; round++) collectGarbage()
  const before = Date.now()
  stop.abort()
  await expect(polling).rejects.toBeInstanceOf(Error)
  expect(Date.now() - before).toBeLessThan(1000)
})
