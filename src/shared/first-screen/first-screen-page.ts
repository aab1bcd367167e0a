/**
 * A first screen (first-screen.ts) as it travels and as it goes into the page: kept light, with no
 * schema library, because the browser host serves it before it has loaded the rest of the app.
 */
import { measures, themes, FONT_SIZE_MAX, FONT_SIZE_MIN, type ReadingSettings } from '../reading-settings'
import { escapeHtml } from './html-text'
import { FIRST_SCREEN_ID } from './ids'

export interface FirstScreen {
  /** The document it shows. */
  documentId: string
  /** The element to put first in the page's body. */
  html: string
  settings: ReadingSettings
}

/** A first screen read back from a file, or null when it is not one. */
export function parseFirstScreen(value: unknown): FirstScreen | null {
  if (typeof value !== 'object' || value === null) return null
  const { documentId, html, settings } = value as Record<string, unknown>
  if (typeof documentId !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(documentId)) return null
  if (typeof html !== 'string' || !html.startsWith(`<div id="${FIRST_SCREEN_ID}"`)) return null
  if (typeof settings !== 'object' || settings === null) return null
  const { theme, fontSize, measure } = settings as Record<string, unknown>
  const known = <T extends string>(list: readonly T[], item: unknown): item is T => list.includes(item as T)
  if (!known(themes, theme) || !known(measures, measure)) return null
  if (typeof fontSize !== 'number' || !Number.isInteger(fontSize)) return null
  if (fontSize < FONT_SIZE_MIN || fontSize > FONT_SIZE_MAX) return null
  return { documentId, html, settings: { theme, fontSize, measure } }
}

/** The `<html>` attributes that set the reader's theme, text size and line width without a script. */
export function readingSettingsAttributes(settings: ReadingSettings): string {
  const theme = settings.theme === 'system' ? '' : ` data-theme="${escapeHtml(settings.theme)}"`
  return `${theme} data-reading-size="${Math.round(settings.fontSize)}" data-reading-measure="${escapeHtml(settings.measure)}"`
}

/**
 * The page with the first screen in it: first in the body, so it paints before the app's script
 * runs; `index` is the built index.html.
 */
export function pageWithFirstScreen(index: string, screen: FirstScreen): string {
  // Replaced by functions, so that `$&` and the like in an article stay text.
  const withSettings = index.replace(
    /<html([^>]*)>/,
    (_whole, rest: string) => `<html${rest}${readingSettingsAttributes(screen.settings)}>`
  )
  return withSettings.replace(/<body([^>]*)>/, (whole) => `${whole}\n    ${screen.html}`)
}
