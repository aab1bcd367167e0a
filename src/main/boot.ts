/**
 * Starting the services, the same way for both hosts: lock the data folder, open the store (moving
 * unreadable files aside), put the sample article in an empty library, and create the services.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Services } from '../shared/contract'
import type { WebFetchLimits } from './fetch/fetch-page'
import type { ArticleBuilder } from './import/article-input'
import type { ReviewedClaimIndex } from './matching/reviewed-claim-index'
import { createServices } from './services/create-services'
import type { HostPlatform } from './services/platform'
import { SAMPLE_FILE_NAME, ensureSampleArticle } from './services/sample'
import { lockDataFolder } from './store/data-lock'
import { LibraryStore } from './store/library-store'
import { DeskSync } from './desk/desk-engine'
import { memoryVault, type CredentialVault } from './desk/credential-vault'
import { removeFirstScreenFile } from './first-screen/first-screen-file'

export { resolveDataDir } from './data-dir'

export interface BootOptions {
  dataDir: string
  resourcesDir: string
  platform: HostPlatform
  version: string
  /** Turns imported files into articles: the hosts pass a worker-backed one, so imports never block. */
  articleBuilder: ArticleBuilder
  /** The hosts pass one on a worker thread, so building it never holds up the main thread. */
  claimIndex?: () => ReviewedClaimIndex
  /** Tighter limits on fetching web pages (tests). */
  webFetchLimits?: Partial<WebFetchLimits>
  /** Where the desk's password is kept: safeStorage on the desktop, memory in the browser host. */
  deskVault?: CredentialVault
  /** The longest wait between desk sync attempts while the server is away (tests shorten it). */
  deskMaxBackoffMs?: number
  /**
   * The data folder's lock, when the host took it itself (the browser host does, to answer before
   * it loads the core): its release. Otherwise boot takes the lock.
   */
  heldLock?: () => void
}

export interface Booted {
  services: Services
  store: LibraryStore
  /** The team desk's sync engine (idle until a desk is connected). */
  desk: DeskSync
  /** Releases the data folder; call when the host shuts down. */
  release: () => void
}

export async function boot(options: BootOptions): Promise<Booted> {
  const { dataDir, resourcesDir, deskVault, deskMaxBackoffMs, heldLock, ...serviceOptions } = options
  await mkdir(dataDir, { recursive: true })
  const release = heldLock ?? lockDataFolder(dataDir)
  try {
    // The first screen the last run kept stops being true as soon as this one may write.
    await removeFirstScreenFile(dataDir)
    const store = await LibraryStore.open(dataDir)
    await ensureSampleArticle(store, join(resourcesDir, SAMPLE_FILE_NAME), serviceOptions.articleBuilder)
    const desk = await DeskSync.open({
      store,
      dataDir,
      vault: deskVault ?? memoryVault(),
      ...(deskMaxBackoffMs ? { maxBackoffMs: deskMaxBackoffMs } : {})
    })
    return { services: createServices({ store, desk, ...serviceOptions }), store, desk, release }
  } catch (error) {
    release()
    throw error
  }
}
