/** Real services over a real store in a data folder: what every service test starts from. */
import type { Services } from '../../src/shared/contract'
import type { LibraryEntry } from '../../src/shared/model'
import { createServices, type ServiceOptions } from '../../src/main/services/create-services'
import type { LibraryStore } from '../../src/main/store/library-store'
import { inProcessArticleBuilder } from './in-process-article-builder'
import { openStore, tempFolder } from './temp-folder'

export async function servicesIn(
  dataDir: string,
  options: Partial<Omit<ServiceOptions, 'store'>> & { store?: LibraryStore } = {}
): Promise<Services> {
  const { store, ...rest } = options
  return createServices({
    store: store ?? (await openStore(dataDir)),
    platform: { kind: 'browser' },
    version: 'test',
    ...rest,
    articleBuilder: rest.articleBuilder ?? inProcessArticleBuilder
  })
}

/** Imports a file as a new document (the path every import takes) and answers its entry. */
export async function importNew(services: Services, fileName: string, text: string): Promise<LibraryEntry> {
  const outcome = await services.importFile({ fileName, text })
  if (outcome.status !== 'imported')
    throw new Error(`Expected “${fileName}” to be new, got ${outcome.status}.`)
  return outcome.entry
}

/** Services in a fresh data folder holding two short documents, “Tide Tables” and “Lighthouse Keepers”. */
export async function servicesWithTwoDocuments(): Promise<{
  services: Services
  dataDir: string
  ids: string[]
}> {
  const dataDir = await tempFolder()
  const services = await servicesIn(dataDir)
  const ids: string[] = []
  for (const name of ['Tide Tables', 'Lighthouse Keepers']) {
    ids.push((await importNew(services, `${name}.txt`, `${name}\n\nThe first sentence. The second one.`)).id)
  }
  return { services, dataDir, ids }
}
