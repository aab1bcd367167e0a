/** The app's page as a host serves it: with the first screen in it when there is one. */
import { pageWithFirstScreen, type FirstScreen } from '../../shared/first-screen/first-screen-page'
import type { StaticFile } from '../renderer-files'

/** True for the paths that answer the app's page. */
export const isAppPage = (pathname: string): boolean => pathname === '/' || pathname === '/index.html'

/** The app's page with `screen` in it; any other file as it is. */
export function withFirstScreenPage(file: StaticFile, screen: FirstScreen | null): StaticFile {
  if (!screen) return file
  return { ...file, body: Buffer.from(pageWithFirstScreen(file.body.toString('utf8'), screen), 'utf8') }
}
