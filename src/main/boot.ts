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
}

export interface Booted {
  services: Services
  store: LibraryStore
  /** Releases the data folder; call when the host shuts down. */
  release: () => void
}

/** `CLAIMCHECK_DATA_DIR` overrides the host's default data folder. */
export function resolveDataDir(defaultDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env['CLAIMCHECK_DATA_DIR']?.trim()
  return override ? override : defaultDir
}

export async function boot(options: BootOptions): Promise<Booted> {
  const { dataDir, resourcesDir, ...serviceOptions } = options
  await mkdir(dataDir, { recursive: true })
  const release = lockDataFolder(dataDir)
  try {
    const store = await LibraryStore.open(dataDir)
    await ensureSampleArticle(store, join(resourcesDir, SAMPLE_FILE_NAME), serviceOptions.articleBuilder)
    return { services: createServices({ store, ...serviceOptions }), store, release }
  } catch (error) {
    release()
    throw error
  }
}
