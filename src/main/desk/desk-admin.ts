/**
 * Setting up a desk, as the server admin (`claimcheck desk init` and `desk add-user`): the
 * database, the rules (`_design/claimcheck`), who may read and write (`_security`: the roles
 * `checker` and `editor`), and members as CouchDB users with their role. Through `nano`, the same
 * client the sync engine uses.
 */
import nano from 'nano'
import { checkDeskUrl } from '../../shared/desk/desk-url'
import type { DeskRole } from '../../shared/desk/desk-types'
import { DeskMemberName } from '../../shared/desk/desk-inputs'
import {
  DESK_DESIGN_ID,
  DESK_RULES_VERSION,
  validateDocUpdateSource
} from '../../shared/desk/validate-doc-update'

export interface ServerAdmin {
  user: string
  password: string
}

export class DeskAdminError extends Error {}

interface CouchError {
  statusCode?: number
  reason?: string
  message?: string
}

function explain(error: unknown, doing: string): DeskAdminError {
  const couch = error as CouchError
  if (couch.statusCode === 401)
    return new DeskAdminError(
      `${doing}: the server refused the admin name or password (COUCHDB_USER, COUCHDB_PASSWORD).`
    )
  if (couch.statusCode === 403)
    return new DeskAdminError(`${doing}: the server refused: ${couch.reason ?? 'forbidden'}.`)
  if (couch.statusCode)
    return new DeskAdminError(
      `${doing}: the server answered ${couch.statusCode} (${couch.reason ?? couch.message ?? 'no reason given'}).`
    )
  return new DeskAdminError(`${doing}: could not reach the server (${couch.message ?? String(error)}).`)
}

/** The server's base URL and the database name from a desk address, or why it is refused. */
export function splitDeskUrl(raw: string): { serverUrl: string; database: string; deskUrl: string } {
  const checked = checkDeskUrl(raw)
  if (!checked.ok) throw new DeskAdminError(checked.message)
  const at = checked.url.lastIndexOf('/')
  return {
    serverUrl: checked.url.slice(0, at),
    database: decodeURIComponent(checked.url.slice(at + 1)),
    deskUrl: checked.url
  }
}

function adminClient(serverUrl: string, admin: ServerAdmin) {
  const auth = Buffer.from(`${admin.user}:${admin.password}`).toString('base64')
  return nano({ url: serverUrl, headers: { Authorization: `Basic ${auth}` } })
}

export interface DeskInitResult {
  createdDatabase: boolean
  /** 'installed' the first time, 'upgraded' when older rules were replaced, 'unchanged' otherwise. */
  rules: 'installed' | 'upgraded' | 'unchanged'
}

/** Creates the database if needed, installs or upgrades the rules, sets `_security`. */
export async function initDesk(rawUrl: string, admin: ServerAdmin): Promise<DeskInitResult> {
  const { serverUrl, database } = splitDeskUrl(rawUrl)
  const couch = adminClient(serverUrl, admin)
  let createdDatabase = false
  try {
    await couch.db.get(database)
  } catch (error) {
    if ((error as CouchError).statusCode !== 404) throw explain(error, 'Reading the database')
    try {
      await couch.db.create(database)
      createdDatabase = true
    } catch (createError) {
      throw explain(createError, 'Creating the database')
    }
  }
  const db = couch.use<Record<string, unknown>>(database)
  const design = {
    _id: DESK_DESIGN_ID,
    validate_doc_update: validateDocUpdateSource,
    claimcheckRules: DESK_RULES_VERSION,
    language: 'javascript'
  }
  let rules: DeskInitResult['rules'] = 'installed'
  try {
    const existing = (await db.get(DESK_DESIGN_ID)) as Record<string, unknown> & { _rev: string }
    if (
      existing['validate_doc_update'] === validateDocUpdateSource &&
      existing['claimcheckRules'] === DESK_RULES_VERSION
    ) {
      rules = 'unchanged'
    } else {
      await db.insert({ ...design, _rev: existing._rev })
      rules = 'upgraded'
    }
  } catch (error) {
    if ((error as CouchError).statusCode !== 404) throw explain(error, 'Installing the desk rules')
    try {
      await db.insert(design)
    } catch (insertError) {
      throw explain(insertError, 'Installing the desk rules')
    }
  }
  try {
    await couch.request({
      db: database,
      path: '_security',
      method: 'PUT',
      body: { admins: { names: [], roles: [] }, members: { names: [], roles: ['checker', 'editor'] } }
    })
  } catch (error) {
    throw explain(error, 'Setting who may use the desk (_security)')
  }
  return { createdDatabase, rules }
}

/** Creates a member (a CouchDB user with the role), or updates their password and role. */
export async function addDeskUser(
  rawUrl: string,
  admin: ServerAdmin,
  member: { name: string; role: DeskRole; password: string }
): Promise<'created' | 'updated'> {
  const { serverUrl } = splitDeskUrl(rawUrl)
  const name = DeskMemberName.safeParse(member.name)
  if (!name.success) throw new DeskAdminError(name.error.issues[0]?.message ?? 'That name cannot be used.')
  if (member.password.length < 8)
    throw new DeskAdminError('A member’s password must have at least 8 characters.')
  const users = adminClient(serverUrl, admin).use<Record<string, unknown>>('_users')
  const id = `org.couchdb.user:${name.data}`
  const user = { _id: id, name: name.data, type: 'user', roles: [member.role], password: member.password }
  try {
    const existing = await users.get(id)
    await users.insert({ ...user, _rev: existing._rev })
    return 'updated'
  } catch (error) {
    if ((error as CouchError).statusCode !== 404) throw explain(error, `Updating ${name.data}`)
  }
  try {
    await users.insert(user)
    return 'created'
  } catch (error) {
    throw explain(error, `Creating ${name.data}`)
  }
}
