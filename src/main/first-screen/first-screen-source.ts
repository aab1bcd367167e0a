/**
 * The first screen (shared/first-screen) of the library as it is now, read through the services,
 * and the page it goes into. Start-up notices are taken once by `getStartup`; the first screen only
 * needs to know whether there are any, so it holds what it took and the page's own `getStartup`
 * gets them first.
 */
import type { Services } from '../../shared/contract'
import type { Notice } from '../../shared/model'
import { firstScreen, pageWithFirstScreen, type FirstScreen } from '../../shared/first-screen/first-screen'
import type { StaticFile } from '../renderer-files'

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

/** True for the paths that answer the app's page. */
export const isAppPage = (pathname: string): boolean => pathname === '/' || pathname === '/index.html'

/** The app's page with `screen` in it; any other file as it is. */
export function withFirstScreenPage(file: StaticFile, screen: FirstScreen | null): StaticFile {
  if (!screen) return file
  return { ...file, body: Buffer.from(pageWithFirstScreen(file.body.toString('utf8'), screen), 'utf8') }
}
