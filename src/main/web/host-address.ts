/**
 * Where the browser host listens, kept so a tab or a bookmark still works after a restart: the port
 * is the one asked for (`--port N` or `CLAIMCHECK_PORT`), else the last one used when it is free;
 * the token is made once and kept in the data folder (`browser-host.json`, readable by its owner
 * only). A damaged or loosely permitted file is replaced or tightened, never trusted as it is.
 */
import { randomBytes } from 'node:crypto'
import { chmod, open, readFile, rename, stat } from 'node:fs/promises'
import { join } from 'node:path'

export const HOST_FILE = 'browser-host.json'
const OWNER_ONLY = 0o600

interface KeptAddress {
  port?: number
  token: string
}

/** Checked by hand, not with a schema: the host reads this before it loads anything else. */
function keptAddress(value: unknown): KeptAddress | null {
  if (typeof value !== 'object' || value === null) return null
  const { port, token } = value as Record<string, unknown>
  if (typeof token !== 'string' || !/^[0-9a-f]{48}$/.test(token)) return null
  if (port === undefined) return { token }
  const valid = typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535
  return valid ? { port, token } : null
}

/** The port asked for on the command line or in the environment; null when none was. */
export function requestedPort(argv: readonly string[], env: NodeJS.ProcessEnv): number | null {
  const flag = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='))
  const flagArg = argv[flag]
  const raw =
    flag >= 0 && flagArg
      ? flagArg.includes('=')
        ? flagArg.slice('--port='.length)
        : argv[flag + 1]
      : (env['CLAIMCHECK_PORT'] ?? env['PORT'])
  if (raw === undefined || raw.trim() === '') return null
  const port = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`The port must be a number from 0 to 65535 (0: any free port), not "${raw}".`)
  }
  return port
}

async function readKept(filePath: string): Promise<KeptAddress | null> {
  try {
    return keptAddress(JSON.parse(await readFile(filePath, 'utf8')))
  } catch {
    return null
  }
}

/** Written to a temp file made owner-only, then renamed over the old one. */
async function writeKept(filePath: string, kept: KeptAddress): Promise<void> {
  const temporary = `${filePath}.${randomBytes(6).toString('hex')}.tmp`
  const handle = await open(temporary, 'w', OWNER_ONLY)
  try {
    await handle.writeFile(`${JSON.stringify(kept, null, 2)}\n`, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temporary, filePath)
}

export interface HostAddress {
  /** The token every API call carries, the same across restarts. */
  token: string
  /** Ports to try in turn: the one asked for; or the last one used, then any free one. */
  ports: number[]
  /** Whether the port was asked for (so a port in use is an error, not a reason to pick another). */
  requested: boolean
  /** Keeps the port the host ended up on, for the next start. */
  remember: (port: number) => Promise<void>
}

export async function hostAddress(dataDir: string, requested: number | null): Promise<HostAddress> {
  const filePath = join(dataDir, HOST_FILE)
  let kept = await readKept(filePath)
  if (!kept) {
    kept = { token: randomBytes(24).toString('hex') }
    await writeKept(filePath, kept)
  } else if (process.platform !== 'win32' && ((await stat(filePath)).mode & 0o077) !== 0) {
    await chmod(filePath, OWNER_ONLY)
  }
  const token = kept.token
  const ports = requested !== null ? [requested] : kept.port ? [kept.port, 0] : [0]
  return {
    token,
    ports,
    requested: requested !== null,
    remember: async (port) => {
      if (port !== kept.port) await writeKept(filePath, { ...kept, port })
    }
  }
}
