/**
 * `npm run web`: the browser host. Prints the app's address (with its token) on stdout. The address
 * stays the same across restarts, so a tab or bookmark keeps working (host-address.ts): `--port N`
 * or `CLAIMCHECK_PORT` picks the port, else the last one used when it is free. `--open` opens the
 * default browser.
 */
import { spawn } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lockDataFolder, readFirstScreenFile, resolveDataDir } from '../core/start'
import { hostAddress, requestedPort } from './host-address'
import { startWebHost, type WebHost, type WebHostOptions } from './web-host'

const appRoot = fileURLToPath(new URL('../../', import.meta.url))

/** The same folder the desktop app uses on each OS, so both hosts see one library. */
function defaultDataDir(): string {
  const home = homedir()
  if (process.platform === 'win32')
    return join(process.env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'claimcheck')
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'claimcheck')
  return join(process.env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'claimcheck')
}

function openInBrowser(url: string): void {
  const command =
    process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open'
  spawn(command, [url], { stdio: 'ignore', detached: true })
    .on('error', () => {
      console.error(`Could not open a browser; open ${url} yourself.`)
    })
    .unref()
}

/** How long after the last file served, and at most after the start, before the core loads. */
const BOOT_AFTER_FILES_MS = 25
const BOOT_FALLBACK_MS = 1000

const inUse = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE'

/** Listens on the first of `ports` that is free; a port asked for that is taken is an error saying so. */
async function listen(
  options: Omit<WebHostOptions, 'port'>,
  ports: readonly number[],
  requested: boolean
): Promise<WebHost> {
  for (const [index, port] of ports.entries()) {
    try {
      return await startWebHost({ ...options, port })
    } catch (error) {
      if (!inUse(error)) throw error
      if (requested)
        throw new Error(
          `Port ${port} is in use. Choose another with --port or CLAIMCHECK_PORT (0: any free port).`,
          { cause: error }
        )
      if (index === ports.length - 1) throw error
      console.log(`Port ${port}, used last time, is taken now; Claimcheck picked another.`)
    }
  }
  throw new Error('No port to listen on.')
}

async function main(): Promise<void> {
  const requested = requestedPort(process.argv.slice(2), process.env)
  const dataDir = resolveDataDir(defaultDataDir())
  await mkdir(dataDir, { recursive: true })
  // Taken before anything is served: a second host on the same folder stops here, as before.
  const release = lockDataFolder(dataDir)
  const [address, kept] = await Promise.all([hostAddress(dataDir, requested), readFirstScreenFile(dataDir)])
  // The core (store, services, schemas: most of the start-up time) loads once the host answers:
  // the page and its first screen at once, API calls once the services are up.
  let begin = (): void => {}
  const begun = new Promise<void>((resolve) => (begin = resolve))
  const booting = begun.then(async () => {
    const core = await import('../core')
    const booted = await core.boot({
      dataDir,
      resourcesDir: join(appRoot, 'resources'),
      platform: { kind: 'browser' },
      version: process.env['npm_package_version'] ?? '0.0.0',
      articleBuilder: core.builtWorkerArticleBuilder(import.meta.url),
      claimIndex: core.builtWorkerClaimIndex(import.meta.url),
      heldLock: release
    })
    return { core, booted, ...core.withFirstScreen(booted.services) }
  })
  const services = booting.then((ready) => ready.services)
  services.catch(() => {}) // told once, below
  let booted = false
  booting.then(
    () => (booted = true),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error))
      release()
      process.exit(1)
    }
  )
  // With a first screen kept, the core loads once the files the page asks for have been served
  // (loading it holds the main thread for a while, and they would wait behind it), or at the first
  // API call, or after a second with no browser; with none, at once: the page needs the services.
  let quiet: ReturnType<typeof setTimeout> | undefined
  void begun.then(() => clearTimeout(quiet))
  const onRequest = (kind: 'page' | 'file' | 'api'): void => {
    if (kind === 'api') return begin()
    if (kind === 'page') return
    clearTimeout(quiet)
    quiet = setTimeout(begin, BOOT_AFTER_FILES_MS)
  }
  const host = await listen(
    {
      services,
      onRequest,
      rendererDir: join(appRoot, 'out', 'renderer'),
      token: address.token,
      // The first screen the last run kept, until the services can tell the one of now.
      firstScreen: async () => (!booted && kept ? kept : (await booting).firstScreen()),
      onInternalError: (error) => console.error(error)
    },
    address.ports,
    address.requested
  )
  console.log(`Claimcheck is running at ${host.url}`)
  console.log(`Data folder: ${dataDir}`)
  const fallback = setTimeout(begin, kept ? BOOT_FALLBACK_MS : 0)
  void begun.then(() => clearTimeout(fallback))
  const remembered = address.remember(host.port)
  if (process.argv.includes('--open')) openInBrowser(host.url)
  const stop = (): void => {
    void host
      .close()
      .then(async () => {
        await remembered
        const ready = await booting
        // Read before the store's last write, and kept after it: what the next start shows first.
        const screen = await ready.firstScreen().catch(() => null)
        await ready.booted.store.flush()
        await ready.core.keepFirstScreen(dataDir, screen)
      })
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        release()
        process.exit(0)
      })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
