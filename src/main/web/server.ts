/**
 * `npm run web`: the browser host. Prints the app's address (with its token) on stdout. The address
 * stays the same across restarts, so a tab or bookmark keeps working (host-address.ts): `--port N`
 * or `CLAIMCHECK_PORT` picks the port, else the last one used when it is free. `--open` opens the
 * default browser.
 */
import { spawn } from 'node:child_process'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  boot,
  builtWorkerArticleBuilder,
  builtWorkerClaimIndex,
  resolveDataDir,
  withFirstScreen
} from '../core'
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
  const booted = await boot({
    dataDir,
    resourcesDir: join(appRoot, 'resources'),
    platform: { kind: 'browser' },
    version: process.env['npm_package_version'] ?? '0.0.0',
    articleBuilder: builtWorkerArticleBuilder(import.meta.url),
    claimIndex: builtWorkerClaimIndex(import.meta.url)
  })
  const { store, release } = booted
  const { services, firstScreen } = withFirstScreen(booted.services)
  const address = await hostAddress(dataDir, requested)
  const host = await listen(
    {
      services,
      rendererDir: join(appRoot, 'out', 'renderer'),
      token: address.token,
      firstScreen,
      onInternalError: (error) => console.error(error)
    },
    address.ports,
    address.requested
  )
  await address.remember(host.port)
  console.log(`Claimcheck is running at ${host.url}`)
  console.log(`Data folder: ${dataDir}`)
  if (process.argv.includes('--open')) openInBrowser(host.url)
  const stop = (): void => {
    void host
      .close()
      .then(() => store.flush())
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
