/**
 * The first screen: the app as it opens on the last document, as static HTML a host puts into the
 * page it serves, so the browser paints the article and its claims as it would a static page,
 * before any script has run. The page's script draws the real app beneath it and takes it away in
 * the same frame (renderer `first-screen-handoff.ts`). It is shown only when the app would open on
 * the top of the document with nothing else on screen (no start-up notices, no desk, no orphans),
 * and the document is not long enough to be virtualized; otherwise the page starts as before.
 */
import { countStatuses } from '../annotations/counts'
import type { Notice, ReadingPlace, StoredDocument } from '../model'
import type { ReadingSettings } from '../reading-settings'
import { shouldVirtualize } from '../document/long-document'
import { articleBlocksMarkup } from './article-markup'
import type { FirstScreen } from './first-screen-page'
import { FIRST_SCREEN_ID } from './ids'
import { headerMarkup, sidePanelMarkup, toolbarMarkup } from './shell-markup'

export { FIRST_SCREEN_ID }
export type { FirstScreen }

/** Enough text to fill a tall window at a small text size; the rest comes with the page's script. */
const TEXT_BUDGET = 6_000
const BLOCK_BUDGET = 60

export interface FirstScreenState {
  /** The document the app opens on (the last one open, else the newest); null: an empty library. */
  document: StoredDocument | null
  settings: ReadingSettings
  /** Where the reader left this document. */
  place: ReadingPlace | null
  /** Start-up notices are drawn above the article. */
  notices: readonly Notice[]
  /** A connected desk changes the header and the document's bar. */
  deskConnected: boolean
}

/**
 * How many of the blocks the first screen shows. It stops before a table, which the reading view
 * draws as a component of its own (ArticleTable) that this static copy does not repeat.
 */
export function firstScreenBlockCount(blocks: StoredDocument['blocks']): number {
  let text = 0
  let count = 0
  for (const block of blocks) {
    if (count >= BLOCK_BUDGET || text >= TEXT_BUDGET || block.type === 'table') break
    text += block.end - block.start
    count++
  }
  return count
}

/** Why not, when the app would open on anything but the top of a document with nothing else shown. */
function shownAsOpened(state: FirstScreenState): state is FirstScreenState & { document: StoredDocument } {
  const { document, place } = state
  if (!document || document.desk || state.deskConnected || state.notices.length > 0) return false
  if ((document.annotations.orphans ?? []).length > 0) return false
  // The virtualizer places a long article's blocks itself, rounding each measured height: blocks
  // drawn in the page's own flow would shift by a pixel or so each at the hand-over.
  if (shouldVirtualize(document)) return false
  // A claim selected last time is selected again once the app is up (as it always was, just after
  // its first render); a reader further down would see the page jump, so then there is none.
  return !place || place.scrollFraction === 0
}

export function firstScreen(state: FirstScreenState): FirstScreen | null {
  if (!shownAsOpened(state)) return null
  const { document } = state
  const counts = countStatuses(document, document.annotations)
  const article = articleBlocksMarkup(document, firstScreenBlockCount(document.blocks))
  const html =
    // Hidden from assistive technology and out of reach of the pointer and keyboard: the real
    // app, drawn beneath, is what they meet.
    `<div id="${FIRST_SCREEN_ID}" class="first-screen" inert="" aria-hidden="true"><div class="app">` +
    headerMarkup(document.title, counts, document.claims.length) +
    '<main class="app-main"><div class="reading-column">' +
    toolbarMarkup() +
    `<div class="reading-pane"><div class="reading-page"><article class="article">${article}</article>` +
    '<div class="verdict-margin"></div></div></div></div>' +
    sidePanelMarkup() +
    '</main></div></div>'
  return { documentId: document.id, html, settings: state.settings }
}
