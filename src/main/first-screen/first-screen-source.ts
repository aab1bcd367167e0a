/**
 * The first screen (shared/first-screen) of the library as it is now, read through the services,
 * and kept for the next start as a host quits. Start-up notices are taken once by `getStartup`; the
 * first screen only needs to know whether there are any, so it holds what it took and the page's
 * own `getStartup` gets them first.
 */
import type { Services } from '../../shared/contract'
import { firstScreen, type FirstScreen } from '../../shared/first-screen/first-screen'
import type { Notice } from '../../shared/model'
import { relative } from 'node:path'
import { writeFileDurably } from '../store/durable-json-file'
import { LIBRARY_FILE, documentPath } from '../store/store-layout'
import { firstScreenPath, removeFirstScreenFile, stampOf, type KeptFirstScreen } from './first-screen-file'

export interface FirstScreenServices {
  /** The services, whose `getStartup` also answers the notices the first screen held back. */
  services: Services
  /** The first screen of the library as it is now; null when the app would open on anything else. */
  firstScreen: () => Promise<FirstScreen | null>
}

export function withFirstScreen(inner: Services): FirstScreenServices {
  const held: Notice[] = []
  const services: Services = {
    ...inner,
    async getStartup(input) {
      const startup = await inner.getStartup(input)
      return { ...startup, notices: [...held.splice(0), ...startup.notices] }
    }
  }
  const current = async (): Promise<FirstScreen | null> => {
    const startup = await inner.getStartup({})
    held.push(...startup.notices)
    const entries = await inner.listDocuments({})
    const entry = entries.find((candidate) => candidate.id === startup.lastDocumentId) ?? entries[0]
    if (!entry || held.length > 0) return null
    const [document, place, settings, desk] = await Promise.all([
      inner.openDocument({ documentId: entry.id }),
      inner.getReadingPlace({ documentId: entry.id }),
      inner.getReadingSettings({}),
      inner.deskStatus({})
    ])
    return firstScreen({ document, place, settings, notices: held, deskConnected: desk.connected })
  }
  return { services, firstScreen: current }
}

/**
 * Keeps the first screen for the next start (`first-screen-file.ts`), with the stamps of the
 * files it comes from; call as the host quits, after the store's last write. None (an empty library, a reader in the middle of a document)
 * leaves no file.
 */
export async function keepFirstScreen(dataDir: string, screen: FirstScreen | null): Promise<void> {
  if (!screen) return removeFirstScreenFile(dataDir)
  const sources = [LIBRARY_FILE, relative(dataDir, documentPath(dataDir, screen.documentId))]
  const kept: KeptFirstScreen = {
    screen,
    stamps: await Promise.all(sources.map((path) => stampOf(dataDir, path)))
  }
  await writeFileDurably(firstScreenPath(dataDir), JSON.stringify(kept))
}
