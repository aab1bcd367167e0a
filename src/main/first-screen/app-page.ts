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

/** The app's page and its style sheet as read from a renderer folder. */
interface AppPage {
  page: StaticFile
  style: InlineStyleSheet | null
}

/** By renderer folder: the built files do not change while a host runs. */
const appPages = new Map<string, Promise<AppPage | null>>()

async function readAppPage(rendererDir: string): Promise<AppPage | null> {
  const page = await readStaticFile(rendererDir, '/index.html')
  const href = page && linkedStyleSheet(page.body.toString('utf8'))
  const sheet = href ? await readStaticFile(rendererDir, new URL(href, 'http://app/').pathname) : null
  if (!page || !href || !sheet) return page && { page, style: null }
  const css = sheet.body.toString('utf8')
  return { page, style: { href, css, sha256: createHash('sha256').update(css, 'utf8').digest('base64') } }
}

/**
 * The app's page (index.html) and its style sheet, read once: a host with a first screen to serve
 * reads them as it starts, so the page is answered from memory.
 */
export function appPageOf(rendererDir: string): Promise<AppPage | null> {
  let read = appPages.get(rendererDir)
  if (!read) appPages.set(rendererDir, (read = readAppPage(rendererDir)))
  return read
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
  const style = (await appPageOf(rendererDir))?.style
  const page = pageWithFirstScreen(file.body.toString('utf8'), screen, style ?? undefined)
  return {
    ...file,
    body: Buffer.from(page.html, 'utf8'),
    contentSecurityPolicy: page.contentSecurityPolicy ?? contentSecurityPolicy
  }
}
