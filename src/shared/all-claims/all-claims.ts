/**
 * Claims across the library, for the All claims view: one row per claim of every document, with
 * its document, review and analysis, and the filter over them (words, document, status, tag, kind,
 * check-worthiness, has a note, seen elsewhere). Pure: main builds the rows once per document
 * version, the view filters them.
 */
import { isCheckWorthy, type ClaimKind } from '../claims'
import type { ClaimStatus, Source, StoredDocument } from '../model'
import { claimsInReadingOrder, claimText, type ClaimInsight } from '../export/review-parts'
import { foldedWords, foldForSearch } from '../text/fold'

export interface LibraryClaim {
  documentId: string
  documentTitle: string
  claimId: string
  /** 1-based position of the claim in its article. */
  position: number
  text: string
  status: ClaimStatus | null
  note: string
  tags: string[]
  sources: Source[]
  kinds: ClaimKind[]
  /** Check-worthiness, 0..1. */
  score: number
  /** The same claim is reviewed in another document (main's claim matcher says so when it lists the rows). */
  seenElsewhere?: boolean
}

export interface AllClaimsFilter {
  status: ClaimStatus | 'unreviewed' | 'any'
  /** Matched without regard to case. */
  tag: string | null
  kind: ClaimKind | 'any'
  checkWorthy: boolean
  hasNote: boolean
  /** Words the claim, its note or its tags contain, in any order (case and accents ignored). */
  text?: string
  /** Only this document's claims. */
  documentId?: string | null
  /** Only claims reviewed in another document too ("Seen in"). */
  seenElsewhere?: boolean
}

export const noAllClaimsFilter: AllClaimsFilter = {
  status: 'any',
  tag: null,
  kind: 'any',
  checkWorthy: false,
  hasNote: false,
  text: '',
  documentId: null,
  seenElsewhere: false
}

/** A row's words folded for search, kept per row: the filter runs on every keystroke. */
const foldedRows = new WeakMap<LibraryClaim, string>()
function foldedRow(row: LibraryClaim): string {
  let folded = foldedRows.get(row)
  if (folded === undefined) {
    folded = foldForSearch([row.text, row.note, ...row.tags].join('\n'))
    foldedRows.set(row, folded)
  }
  return folded
}

/** Every claim of one document, in article order, with its review and analysis. */
export function libraryClaimsOf(document: StoredDocument, insights: readonly ClaimInsight[]): LibraryClaim[] {
  const analysis = new Map(insights.map((insight) => [insight.claimId, insight]))
  return claimsInReadingOrder(document).map(({ claim, position, review }) => ({
    documentId: document.id,
    documentTitle: document.title,
    claimId: claim.id,
    position,
    text: claimText(document, claim),
    status: review?.status ?? null,
    note: review?.note ?? '',
    tags: review?.tags ?? [],
    sources: review?.sources ?? [],
    kinds: analysis.get(claim.id)?.kinds ?? [],
    score: analysis.get(claim.id)?.score ?? 0
  }))
}

export function allClaimsMatch(row: LibraryClaim, filter: AllClaimsFilter): boolean {
  if (
    filter.status === 'unreviewed'
      ? row.status !== null
      : filter.status !== 'any' && row.status !== filter.status
  )
    return false
  const tag = filter.tag?.toLowerCase()
  if (tag !== undefined && !row.tags.some((own) => own.toLowerCase() === tag)) return false
  if (filter.kind !== 'any' && !row.kinds.includes(filter.kind)) return false
  if (filter.checkWorthy && !isCheckWorthy(row)) return false
  if (filter.hasNote && !row.note.trim()) return false
  if (filter.documentId && row.documentId !== filter.documentId) return false
  if (filter.seenElsewhere && !row.seenElsewhere) return false
  const words = filter.text ? foldedWords(filter.text) : []
  if (words.length > 0) {
    const folded = foldedRow(row)
    if (!words.every((word) => folded.includes(word))) return false
  }
  return true
}

export function filterAllClaims(rows: readonly LibraryClaim[], filter: AllClaimsFilter): LibraryClaim[] {
  return rows.filter((row) => allClaimsMatch(row, filter))
}

/** The tags used anywhere, most used first (then alphabetically), each once whatever its case. */
export function allClaimsTags(rows: readonly LibraryClaim[]): string[] {
  const counts = new Map<string, { tag: string; count: number }>()
  for (const row of rows) {
    for (const tag of row.tags) {
      const key = tag.toLowerCase()
      const seen = counts.get(key)
      if (seen) seen.count++
      else counts.set(key, { tag, count: 1 })
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
    .map((entry) => entry.tag)
}
