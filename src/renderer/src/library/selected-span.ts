/**
 * The span of the document the user has picked to re-attach an orphan to: selected text in the
 * article (found in the document text by quote, near `hint`), else the selected claim.
 */
import { matchQuote } from '../../../shared/anchor/match-quote'
import type { StoredDocument } from '../../../shared/model'
import { claimById } from '../../../shared/review/claim-index'

export function selectedSpan(document: StoredDocument, hint: number): { start: number; end: number } | null {
  const article = window.document.querySelector('[aria-label="Article"]')
  const selection = window.getSelection()
  const text = selection?.toString().replace(/\s+/g, ' ').trim() ?? ''
  if (text && article && selection?.anchorNode && article.contains(selection.anchorNode)) {
    const match = matchQuote(document.text, { exact: text, prefix: '', suffix: '' }, hint)
    if (match) return { start: match.start, end: match.end }
  }
  const claimId = article?.querySelector('.claim[aria-pressed="true"]')?.getAttribute('data-claim-id')
  const claim = claimById(document.claims, claimId)
  return claim ? { start: claim.start, end: claim.end } : null
}
