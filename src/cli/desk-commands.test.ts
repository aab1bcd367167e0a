/** `claimcheck desk init` and `desk add-user` against a real (in-memory) CouchDB-compatible server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCouchServer, type CouchServer } from '../../test/support/couch-server'
import { run } from './run'

let server: CouchServer
beforeAll(async () => {
  server = await startCouchServer()
})
afterAll(() => server.close())

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  let out = ''
  let err = ''
  const code = await run(args, {
    stdin: (async function* () {})(),
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env
  })
  return { code, out, err }
}

const admin = { COUCHDB_USER: 'admin', COUCHDB_PASSWORD: 'admin-secret' }

describe('claimcheck desk', () => {
  it('creates a desk, then finds it with its rules current', async () => {
    const url = `${server.url}/newsroom`
    expect(await cli(['desk', 'init', url], admin)).toMatchObject({
      code: 0,
      out: `Desk created: ${url} (rules installed; members: roles checker and editor).\n`
    })
    expect((await cli(['desk', 'init', url], admin)).out).toBe(
      `Desk found: ${url} (rules already current; members: roles checker and editor).\n`
    )
  })

  it('adds a member who can then log in with their role', async () => {
    const url = `${server.url}/newsroom`
    await cli(['desk', 'init', url], admin)
    const added = await cli(['desk', 'add-user', url, 'ben', '--role', 'editor'], {
      ...admin,
      CLAIMCHECK_DESK_PASSWORD: 'ben-password'
    })
    expect(added).toMatchObject({ code: 0, out: 'Added ben as an editor.\n' })
    const session = await fetch(`${server.url}/_session`, {
      headers: { authorization: `Basic ${Buffer.from('ben:ben-password').toString('base64')}` }
    })
    expect(((await session.json()) as { userCtx: { roles: string[] } }).userCtx.roles).toEqual(['editor'])
  })

  it('says what is missing: the admin, the role, a password, https', async () => {
    const url = `${server.url}/newsroom`
    expect((await cli(['desk', 'init', url], {})).err).toMatch(/COUCHDB_USER and COUCHDB_PASSWORD/)
    expect((await cli(['desk', 'add-user', url, 'cy', '--role', 'boss'], admin)).err).toMatch(
      /--role checker or --role editor/
    )
    expect((await cli(['desk', 'add-user', url, 'cy', '--role', 'checker'], admin)).err).toMatch(
      /CLAIMCHECK_DESK_PASSWORD/
    )
    expect((await cli(['desk', 'init', 'http://couch.example.org/desk'], admin)).err).toMatch(
      /must start with https:/
    )
    const wrong = await cli(['desk', 'init', url], { COUCHDB_USER: 'admin', COUCHDB_PASSWORD: 'nope' })
    expect(wrong).toMatchObject({ code: 1 })
    expect(wrong.err).toMatch(/refused the admin name or password/)
  })
})
