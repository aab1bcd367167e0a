/**
 * The report to share: one self-contained HTML file — styles inline, no scripts, no requests (a
 * strict Content-Security-Policy says so to the browser) — with the article's title, source,
 * reviewer and date, the verdict mix, and every reviewed claim in article order with its status,
 * note, tags and sources. It reads in any browser, light or dark, and prints cleanly. Sentences
 * marked "not a claim" are only counted, apart from the mix, and not listed.
 */
import { countStatuses, reviewProgress } from '../annotations/counts'
import { statusLabel, verdicts, type ClaimReview, type Source, type StoredDocument } from '../model'
import { hasReviewer } from '../has-reviewer'
import type { Reviewer } from '../reviewer'
import { escapeHtml, paragraphsHtml, webLinkHtml } from './html'
import { reportStyles } from './report-styles'
import { claimsInReadingOrder, claimText } from './review-parts'

export interface ReportOptions {
  /** ISO date-time of the export: the report's date. */
  exportedAt: string
  /** The app and its version, e.g. "Claimcheck 0.1.0". */
  generator: string
  reviewer: Reviewer
}

/** Nothing may be fetched, framed or run; only the styles written in the file apply. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/** A day in words, the same wherever the report is made: "20 March 2026". */
function longDate(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

const timeHtml = (iso: string) => `<time datetime="${escapeHtml(iso)}">${escapeHtml(longDate(iso))}</time>`

/** A status as a class name: its key, which is already letters and dashes. */
const statusClass = (status: string) => escapeHtml(status.replace(/[^a-z-]/g, ''))

const statusMark: Record<string, string> = { verified: '✓', disputed: '✗', 'needs-source': '?' }

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return ''
  }
}

function sourceHtml(source: Source): string {
  const host = source.title ? hostOf(source.url) : ''
  const parts = [webLinkHtml(source.url, source.title || source.url)]
  if (host) parts.push(` <span class="muted">(${escapeHtml(host)})</span>`)
  if (source.shows) parts.push(`<br>${escapeHtml(source.shows)}`)
  if (source.quote) parts.push(`<q class="source-quote">${escapeHtml(source.quote)}</q>`)
  const provenance = [
    source.accessedOn ? `Accessed ${timeHtml(source.accessedOn)}` : '',
    source.archiveUrl ? webLinkHtml(source.archiveUrl, 'Archived copy') : ''
  ].filter(Boolean)
  if (provenance.length > 0) parts.push(`<span class="provenance">${provenance.join(' · ')}</span>`)
  return `<li>${parts.join('')}</li>`
}

function claimHtml(text: string, position: number, review: ClaimReview): string {
  const status = review.status
  const badge = status
    ? `<span class="badge badge--${statusClass(status)}"><span aria-hidden="true">${statusMark[status] ?? '•'}</span> ${escapeHtml(statusLabel[status])}</span>`
    : '<span class="badge badge--none">No verdict</span>'
  const parts = [
    `<li class="claim claim--${status ? statusClass(status) : 'none'}" id="claim-${position}">`,
    `<p class="claim-head">${badge} <span class="muted">Claim ${position}</span></p>`,
    `<blockquote class="claim-text">${escapeHtml(text)}</blockquote>`
  ]
  if (review.note.trim()) parts.push(`<div class="note"><h3>Note</h3>\n${paragraphsHtml(review.note)}</div>`)
  if (review.tags.length > 0) {
    const tags = review.tags.map((tag) => `<li>${escapeHtml(tag)}</li>`).join('')
    parts.push(`<div class="tags"><h3>Tags</h3><ul>${tags}</ul></div>`)
  }
  if (review.sources.length > 0) {
    parts.push(
      `<div class="sources"><h3>Sources</h3><ol>\n${review.sources.map(sourceHtml).join('\n')}\n</ol></div>`
    )
  }
  parts.push('</li>')
  return parts.join('\n')
}

/** The verdict mix: a stacked bar (widths set in the style sheet, not inline) and its counts. */
function mixHtml(document: StoredDocument): { html: string; css: string } {
  const counts = countStatuses(document, document.annotations)
  const { reviewed, total } = reviewProgress(counts, document.claims.length)
  const notAClaim = counts['not-a-claim']
  const leftOut = notAClaim
    ? ` ${notAClaim} ${notAClaim === 1 ? 'sentence' : 'sentences'} marked not a claim left out.`
    : ''
  const parts = [...verdicts, 'unreviewed' as const].map((key) => ({
    key,
    count: counts[key],
    label: key === 'unreviewed' ? 'Not reviewed' : statusLabel[key]
  }))
  const shown = parts.filter((part) => part.count > 0)
  const summary = parts.map((part) => `${part.count} ${part.label.toLowerCase()}`).join(', ')
  const bar = shown.map((part) => `<span class="mix-part mix-${statusClass(part.key)}"></span>`).join('')
  const legend = parts
    .map(
      (part) =>
        `<li><span class="swatch mix-part mix-${statusClass(part.key)}" aria-hidden="true"></span>${escapeHtml(part.label)} <strong>${part.count}</strong></li>`
    )
    .join('')
  const css = shown
    .map((part) => `.mix-bar .mix-${statusClass(part.key)} { flex-grow: ${part.count}; }`)
    .join('\n')
  return {
    html: [
      `<p>${reviewed} of ${total} claims reviewed.${leftOut}</p>`,
      `<div class="mix-bar" role="img" aria-label="${escapeHtml(summary)}">${bar}</div>`,
      `<ul class="mix-legend">${legend}</ul>`
    ].join('\n'),
    css
  }
}

function factsHtml(document: StoredDocument, options: ReportOptions): string {
  const { reviewer } = options
  const facts: [string, string][] = [['Source', webLinkHtml(document.source, document.source)]]
  const by = [document.byline, document.siteName].filter(Boolean).join(', ')
  if (by) facts.push(['By', escapeHtml(by)])
  if (document.publishedAt) facts.push(['Published', timeHtml(document.publishedAt)])
  facts.push([
    'Reviewed by',
    hasReviewer(reviewer)
      ? escapeHtml([reviewer.name, reviewer.organisation].filter(Boolean).join(', '))
      : '<span class="muted">Not signed</span>'
  ])
  facts.push(['Date', timeHtml(options.exportedAt)])
  return `<dl class="facts">\n${facts.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('\n')}\n</dl>`
}

export function exportReport(document: StoredDocument, options: ReportOptions): string {
  const title = document.title || 'Untitled'
  const reviewed = claimsInReadingOrder(document).flatMap(({ claim, position, review }) =>
    review && review.status !== 'not-a-claim' ? [claimHtml(claimText(document, claim), position, review)] : []
  )
  const mix = mixHtml(document)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(options.generator)}">
<meta name="referrer" content="no-referrer">
<title>Fact-check report: ${escapeHtml(title)}</title>
<style>
${reportStyles}
${mix.css}
</style>
</head>
<body>
<main>
<header class="report-head">
<p class="kicker">Fact-check report</p>
<h1>${escapeHtml(title)}</h1>
${factsHtml(document, options)}
</header>
<section aria-labelledby="verdicts">
<h2 id="verdicts">Verdicts</h2>
${mix.html}
</section>
<section aria-labelledby="claims">
<h2 id="claims">Reviewed claims, in article order</h2>
${reviewed.length > 0 ? `<ol class="claims">\n${reviewed.join('\n')}\n</ol>` : '<p class="muted">No claim has been reviewed yet.</p>'}
</section>
<footer><p class="muted">Made with ${escapeHtml(options.generator)}.</p></footer>
</main>
</body>
</html>
`
}
