/**
 * `npm run web`: the browser host. Prints the app's address (with its token) on stdout; `PORT`
 * picks the port, `--open` opens the default browser.
 */
import { spawn } from 'node:child_process'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { boot, resolveDataDir } from '../boot'
import { builtWorkerArticleBuilder } from '../import/built-import-worker'
import { builtWorkerClaimIndex } from '../matching/built-claim-index-worker'
import { startWebHost } from './web-host'

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

async function main(): Promise<void> {
  const port = process.env['PORT'] ? Number.parseInt(process.env['PORT'], 10) : 0
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a number from 0 to 65535, not "${process.env['PORT']}".`)
  const dataDir = resolveDataDir(defaultDataDir())
  const { services, store, release } = await boot({
    dataDir,
    resourcesDir: join(appRoot, 'resources'),
    platform: { kind: 'browser' },
    version: process.env['npm_package_version'] ?? '0.0.0',
    articleBuilder: builtWorkerArticleBuilder(import.meta.url),
    claimIndex: builtWorkerClaimIndex(import.meta.url)
  })
  const host = await startWebHost({
    services,
    rendererDir: join(appRoot, 'out', 'renderer'),
    port,
    onInternalError: (error) => console.error(error)
  })
  console.log(`Claimcheck is running at ${host.url}`)
  console.log(`Data folder: ${dataDir}`)
  if (process.argv.includes('--open')) openInBrowser(host.url)
  const stop = (): void => {
    void host
      .close()
      .then(() => store.whenIndexWritten())
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
