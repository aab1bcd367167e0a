/**
 * A first screen (first-screen.ts) as it travels and as it goes into the page: kept light, with no
 * schema library, because the browser host serves it before it has loaded the rest of the app.
 */
import { measures, themes, FONT_SIZE_MAX, FONT_SIZE_MIN, type ReadingSettings } from '../reading-settings'
import { contentSecurityPolicyAllowingStyles } from '../security/csp'
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

/** The app's style sheet, to go inline in a page with a first screen. */
export interface InlineStyleSheet {
  /** Where the page links it, as written in index.html ("./assets/index-….css"). */
  href: string
  css: string
  /** The SHA-256 digest of `css`, base64, for the Content-Security-Policy. */
  sha256: string
}

/** Where the built index.html links the app's style sheet, if it does. */
export function linkedStyleSheet(index: string): string | null {
  return /<link rel="stylesheet"[^>]*\shref="([^"]+\.css)"[^>]*>/.exec(index)?.[1] ?? null
}

/**
 * The page with the first screen in it: first in the body, so it paints before the app's script
 * runs; `index` is the built index.html. With `style`, the style sheet the page links goes inline,
 * so the first paint waits for no second answer from the host; the page's policy then lets in that
 * one style element by its digest, and `contentSecurityPolicy` is the header to send with it.
 */
export function pageWithFirstScreen(
  index: string,
  screen: FirstScreen,
  style?: InlineStyleSheet
): { html: string; contentSecurityPolicy: string | null } {
  // Replaced by functions, so that `$&` and the like in an article stay text.
  const withSettings = index.replace(
    /<html([^>]*)>/,
    (_whole, rest: string) => `<html${rest}${readingSettingsAttributes(screen.settings)}>`
  )
  const html = withSettings.replace(/<body([^>]*)>/, (whole) => `${whole}\n    ${screen.html}`)
  const link = style && new RegExp(`<link rel="stylesheet"[^>]*\\shref="${escapeRegExp(style.href)}"[^>]*>`)
  // A style sheet that could end its own element is never put inline (ours never does).
  if (!style || !link?.test(html) || /<\/style/i.test(style.css)) return { html, contentSecurityPolicy: null }
  const policy = contentSecurityPolicyAllowingStyles([style.sha256])
  const inlined = html
    .replace(link, () => `<style>${style.css}</style>`)
    .replace(
      /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/,
      (_whole, before: string, after: string) => `${before}${policy.meta}${after}`
    )
  // The page's own policy must let the style in too, or the first screen would paint unstyled.
  const policed = /http-equiv="Content-Security-Policy"/i.test(index)
  if (policed && !inlined.includes(`content="${policy.meta}"`)) return { html, contentSecurityPolicy: null }
  return { html: inlined, contentSecurityPolicy: policy.header }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
