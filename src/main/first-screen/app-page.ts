/** The app's page as a host serves it: with the first screen in it when there is one. */
import { createHash } from 'node:crypto'
import {
  linkedStyleSheet,
  pageWithFirstScreen,
  type FirstScreen,
  type InlineStyleSheet
} from '../../shared/first-screen/first-screen-page'
import { contentSecurityPolicy } from '../../shared/security/csp'
import { readStaticFile, type StaticFile } from '../renderer-files'

/** True for the paths that answer the app's page. */
export const isAppPage = (pathname: string): boolean => pathname === '/' || pathname === '/index.html'

/** A file as served, with the Content-Security-Policy it goes with. */
export interface ServedFile extends StaticFile {
  contentSecurityPolicy: string
}

/** The built renderer's style sheet by folder: its files do not change while a host runs. */
const styleSheets = new Map<string, Promise<InlineStyleSheet | null>>()

async function readStyleSheet(rendererDir: string, href: string): Promise<InlineStyleSheet | null> {
  const file = await readStaticFile(rendererDir, new URL(href, 'http://app/').pathname)
  if (!file) return null
  const css = file.body.toString('utf8')
  return { href, css, sha256: createHash('sha256').update(css, 'utf8').digest('base64') }
}

/**
 * The app's page with `screen` in it, and the app's style sheet inline so the first screen paints
 * from this one answer; any other file as it is. Either way with the policy to send it with.
 */
export async function withFirstScreenPage(
  rendererDir: string,
  file: StaticFile,
  screen: FirstScreen | null
): Promise<ServedFile> {
  if (!screen) return { ...file, contentSecurityPolicy }
  const index = file.body.toString('utf8')
  const href = linkedStyleSheet(index)
  const key = `${rendererDir}\u0000${href}`
  if (href && !styleSheets.has(key)) styleSheets.set(key, readStyleSheet(rendererDir, href))
  const style = href ? await styleSheets.get(key) : null
  const page = pageWithFirstScreen(index, screen, style ?? undefined)
  return {
    ...file,
    body: Buffer.from(page.html, 'utf8'),
    contentSecurityPolicy: page.contentSecurityPolicy ?? contentSecurityPolicy
  }
}
