/**
 * Setting up a desk from the command line, once, as the CouchDB server admin:
 *   claimcheck desk init <database URL>
 *   claimcheck desk add-user <database URL> <name> --role checker|editor
 * The admin comes from COUCHDB_USER and COUCHDB_PASSWORD (as the official CouchDB image names
 * them); the new member's password from CLAIMCHECK_DESK_PASSWORD, or asked on the terminal.
 */
import { addDeskUser, DeskAdminError, initDesk, type ServerAdmin } from '../main/core'
import { deskRoles, type DeskRole } from '../shared/desk/desk-types'
import type { CliIo } from './cli-io'

export const deskUsage = `Desk commands (as the CouchDB server admin: COUCHDB_USER, COUCHDB_PASSWORD):
  desk init <database URL>                                 create the desk, install or upgrade its rules
  desk add-user <database URL> <name> --role checker|editor add a member (password: CLAIMCHECK_DESK_PASSWORD or asked)
`

export interface DeskCliIo extends CliIo {
  env: NodeJS.ProcessEnv
  /** Asks for a secret on the terminal without echoing it; absent when there is no terminal. */
  askSecret?: (prompt: string) => Promise<string>
}

function fail(io: CliIo, message: string): number {
  io.stderr.write(`claimcheck: ${message}\n`)
  return 1
}

export async function runDeskCommand(args: string[], io: DeskCliIo): Promise<number> {
  const [, command, url, ...rest] = args
  const user = io.env['COUCHDB_USER']
  const password = io.env['COUCHDB_PASSWORD']
  if ((command !== 'init' && command !== 'add-user') || !url)
    return fail(io, `unexpected arguments: ${args.join(' ')}\n\n${deskUsage}`)
  if (!user || !password)
    return fail(io, 'set COUCHDB_USER and COUCHDB_PASSWORD to the CouchDB server admin.')
  const admin: ServerAdmin = { user, password }
  try {
    if (command === 'init') {
      if (rest.length > 0) return fail(io, `unexpected arguments: ${rest.join(' ')}\n\n${deskUsage}`)
      const done = await initDesk(url, admin)
      const rules = {
        installed: 'rules installed',
        upgraded: 'rules upgraded',
        unchanged: 'rules already current'
      }[done.rules]
      io.stdout.write(
        `${done.createdDatabase ? 'Desk created' : 'Desk found'}: ${url} (${rules}; members: roles checker and editor).\n`
      )
      return 0
    }
    const roleAt = rest.indexOf('--role')
    const role = roleAt === -1 ? undefined : rest[roleAt + 1]
    const names = rest.filter((_, index) => index !== roleAt && index !== roleAt + 1)
    const [name] = names
    if (!name || names.length !== 1) return fail(io, `give one member name.\n\n${deskUsage}`)
    if (!role || !(deskRoles as readonly string[]).includes(role))
      return fail(io, 'give the member’s role: --role checker or --role editor.')
    let memberPassword = io.env['CLAIMCHECK_DESK_PASSWORD']
    if (!memberPassword) {
      if (!io.askSecret)
        return fail(io, 'set CLAIMCHECK_DESK_PASSWORD to the new member’s password (no terminal to ask on).')
      memberPassword = await io.askSecret(`Password for ${name}: `)
    }
    const done = await addDeskUser(url, admin, { name, role: role as DeskRole, password: memberPassword })
    io.stdout.write(
      `${done === 'created' ? 'Added' : 'Updated'} ${name} as ${role === 'editor' ? 'an editor' : 'a checker'}.\n`
    )
    return 0
  } catch (error) {
    if (error instanceof DeskAdminError) return fail(io, error.message)
    throw error
  }
}
