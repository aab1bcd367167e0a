/**
 * A browser host for the crash test (`crash-rounds.ts`), run with tsx so unit tests need no build:
 * boots the services on CLAIMCHECK_DATA_DIR with the in-process article builder, starts the HTTP
 * host and prints one JSON line `{ "url", "token" }` once it answers. It is meant to be killed;
 * SIGTERM closes it cleanly.
 */
import { join } from 'node:path'
import { boot } from '../../src/main/boot'
import { inProcessArticleBuilder } from './in-process-article-builder'
import { startWebHost } from '../../src/main/web/web-host'
import { resourcesDir } from './data-folder'

async function main(): Promise<void> {
  const dataDir = process.env['CLAIMCHECK_DATA_DIR']
  if (!dataDir) throw new Error('Set CLAIMCHECK_DATA_DIR to the data folder to serve.')
  const booted = await boot({
    dataDir,
    resourcesDir,
    platform: { kind: 'browser' },
    version: 'crash-test',
    articleBuilder: inProcessArticleBuilder
  })
  const host = await startWebHost({
    services: booted.services,
    // The crash test calls the API only; no page is served.
    rendererDir: join(dataDir, 'no-renderer'),
    onInternalError: (error) => console.error(error)
  })
  console.log(JSON.stringify({ url: host.url, token: host.token }))
  process.once('SIGTERM', () => {
    void host
      .close()
      .then(() => booted.release())
      .finally(() => process.exit(0))
  })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exit(1)
})
