/**
 * The app's frame around the article as React first draws it with a document open (App's header,
 * the reading toolbar, the side panel with its empty Claim tab), as static HTML. Nothing here
 * works: the page's script replaces it with the real controls in the same places.
 */
import type { StatusCounts } from '../model'
import { reviewProgress } from '../annotations/counts'
import { attribute, escapeHtml } from './html-text'

const button = (classes: string, label: string, extra = ''): string =>
  `<button type="button" class="${classes}"${extra}>${label}</button>`

/**
 * Each segment's share of the bar in whole percents (at least 1 for a count above 0): React sets
 * flex-grow from the counts, which a strict CSP forbids in markup, so classes carry the shares.
 */
export function progressShares(values: readonly number[]): number[] {
  const total = values.reduce((sum, value) => sum + value, 0)
  return values.map((value) => (value > 0 ? Math.max(1, Math.round((value / total) * 100)) : 0))
}

function progress(counts: StatusCounts, claimCount: number): string {
  const { reviewed, total } = reviewProgress(counts, claimCount)
  const segments = [
    ['verified', counts.verified],
    ['disputed', counts.disputed],
    ['needs-source', counts['needs-source']],
    ['unreviewed', counts.unreviewed]
  ] as const
  const shares = progressShares(segments.map(([, value]) => value))
  const bar = segments
    .map(([key], index) =>
      shares[index]
        ? `<span class="progress-segment progress-segment--${key} first-screen-share-${shares[index]}"></span>`
        : ''
    )
    .join('')
  return (
    `<div class="progress"><span class="progress-text">${reviewed} of ${total} claims reviewed</span>` +
    `<span class="progress-bar">${bar}</span></div>`
  )
}

export function headerMarkup(title: string, counts: StatusCounts, claimCount: number): string {
  return (
    '<header class="app-header"><span class="app-name">Claimcheck</span>' +
    button('button', 'Library', ' aria-pressed="false"') +
    button('button', 'All claims', ' aria-pressed="false"') +
    `<div class="menu">${button('button button--primary', 'Import…', ' aria-haspopup="menu" aria-expanded="false"')}</div>` +
    `<span class="app-document-title"${attribute('title', title)}>${escapeHtml(title)}</span>` +
    progress(counts, claimCount) +
    `<div class="menu">${button('button', 'Export', ' aria-haspopup="menu" aria-expanded="false"')}</div>` +
    button('button desk-button', 'Desk') +
    '</header>'
  )
}

export function toolbarMarkup(): string {
  const small = 'button button--small'
  return (
    '<div class="reading-chrome"><div class="reading-toolbar">' +
    button(small, 'Search <kbd aria-hidden="true">/</kbd>', ' aria-pressed="false"') +
    button(small, 'Undo', ' disabled=""') +
    button(small, 'Redo', ' disabled=""') +
    '<span class="toolbar-spacer"></span>' +
    button(small, 'Legend', ' aria-expanded="false"') +
    `<div class="menu">${button(small, 'Reading settings', ' aria-expanded="false"')}</div>` +
    button(small, 'Print') +
    button(small, 'Shortcuts <kbd aria-hidden="true">?</kbd>') +
    '</div></div>'
  )
}

export function sidePanelMarkup(): string {
  const tab = (label: string, selected: boolean) =>
    button('side-tab', label, ` role="tab" aria-selected="${selected}" tabindex="${selected ? 0 : -1}"`)
  return (
    '<div class="side-panel"><div class="side-tabs" role="tablist">' +
    tab('Claim', true) +
    tab('Claims', false) +
    tab('Quotes', false) +
    tab('Checks', false) +
    '</div><div class="side-tabpanel"><aside class="panel panel--empty"><p class="panel-hint">' +
    'Select a sentence in the article to review it as a claim. Press <kbd>?</kbd> for keyboard shortcuts.' +
    '</p></aside></div></div>'
  )
}
