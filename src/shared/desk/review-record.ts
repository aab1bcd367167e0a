/**
 * A member's review of a desk document as the desk holds it, made from the local document (which
 * stays the store of record): what changed since the last version (history events), and how two
 * versions of the same member's review made on two machines offline are merged with no text lost.
 */
import type { StoredDocument } from '../model'
import {
  MAX_DESK_CONFLICTS,
  MAX_DESK_HIGHLIGHTS,
  MAX_DESK_SOURCES,
  type MemberClaimReview,
  type ReviewRecord
} from './records'

const isHttp = (url: string) => /^https?:\/\/[^\s]+$/i.test(url) && url.length <= 8192

/** The review record for `member` of a desk document: only claims the member has said something about. */
export function reviewRecordOf(
  document: StoredDocument,
  deskDocId: string,
  member: string,
  fallbackAt: string
): ReviewRecord {
  const claims: Record<string, MemberClaimReview> = {}
  let latest = ''
  for (const [claimId, review] of Object.entries(document.annotations.claims)) {
    if (
      review.status === null &&
      review.note === '' &&
      review.sources.length === 0 &&
      review.tags.length === 0
    )
      continue
    claims[claimId] = {
      status: review.status,
      note: review.note,
      sources: review.sources
        .filter((source) => isHttp(source.url))
        .slice(0, MAX_DESK_SOURCES)
        .map((source) => ({ url: source.url, title: source.title.slice(0, 2000) })),
      tags: review.tags,
      updatedAt: review.updatedAt
    }
    if (review.updatedAt > latest) latest = review.updatedAt
  }
  const highlights = document.annotations.highlights.slice(0, MAX_DESK_HIGHLIGHTS).map((highlight) => ({
    start: highlight.target.position.start,
    end: highlight.target.position.end,
    color: highlight.color,
    note: highlight.note
  }))
  for (const highlight of document.annotations.highlights)
    if (highlight.createdAt > latest) latest = highlight.createdAt
  return { type: 'review', deskDocId, member, claims, highlights, updatedAt: latest || fallbackAt }
}

/** The same review, timestamps of the whole record aside. */
export function sameReview(a: ReviewRecord | null, b: ReviewRecord | null): boolean {
  if (!a || !b) return a === b
  return JSON.stringify([a.claims, a.highlights]) === JSON.stringify([b.claims, b.highlights])
}

export interface ReviewChange {
  claimId: string
  what: 'status' | 'note' | 'sources' | 'tags'
  from?: string
  to?: string
}

const brief = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text)

/** What a member changed between two versions of their review, claim by claim, for the history. */
export function reviewChanges(before: ReviewRecord | null, after: ReviewRecord): ReviewChange[] {
  const changes: ReviewChange[] = []
  const ids = new Set([...Object.keys(before?.claims ?? {}), ...Object.keys(after.claims)])
  for (const claimId of [...ids].sort()) {
    const was = before?.claims[claimId]
    const now = after.claims[claimId]
    const status = { from: was?.status ?? null, to: now?.status ?? null }
    if (status.from !== status.to) {
      changes.push({
        claimId,
        what: 'status',
        ...(status.from ? { from: status.from } : {}),
        ...(status.to ? { to: status.to } : {})
      })
    }
    const note = { from: was?.note ?? '', to: now?.note ?? '' }
    if (note.from !== note.to) {
      changes.push({
        claimId,
        what: 'note',
        ...(note.from ? { from: brief(note.from) } : {}),
        ...(note.to ? { to: brief(note.to) } : {})
      })
    }
    if ((was?.sources.length ?? 0) !== (now?.sources.length ?? 0)) {
      changes.push({
        claimId,
        what: 'sources',
        from: String(was?.sources.length ?? 0),
        to: String(now?.sources.length ?? 0)
      })
    }
  }
  return changes
}

/**
 * Two versions of one member's review (two machines, both changed offline): per claim the newer
 * wins, and a note the other version had is kept in `conflicts`, so neither text is lost.
 * Highlights from both are kept. Commutative in what it keeps.
 */
export function mergeReviews(mine: ReviewRecord, theirs: ReviewRecord): ReviewRecord {
  const claims: Record<string, MemberClaimReview> = {}
  const ids = new Set([...Object.keys(mine.claims), ...Object.keys(theirs.claims)])
  for (const claimId of [...ids].sort()) {
    const a = mine.claims[claimId]
    const b = theirs.claims[claimId]
    if (!a || !b) {
      claims[claimId] = (a ?? b) as MemberClaimReview
      continue
    }
    const [winner, loser] =
      a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.note >= b.note) ? [a, b] : [b, a]
    const kept = new Set([...(winner.conflicts ?? []), ...(loser.conflicts ?? [])])
    if (loser.note !== winner.note && loser.note !== '') kept.add(loser.note)
    kept.delete(winner.note)
    const conflicts = [...kept].sort().slice(0, MAX_DESK_CONFLICTS)
    const { conflicts: _dropped, ...rest } = winner
    void _dropped
    claims[claimId] = conflicts.length ? { ...rest, conflicts } : rest
  }
  const highlights = [...mine.highlights]
  const seen = new Set(highlights.map((highlight) => JSON.stringify(highlight)))
  for (const highlight of theirs.highlights) {
    const key = JSON.stringify(highlight)
    if (!seen.has(key) && highlights.length < MAX_DESK_HIGHLIGHTS) {
      seen.add(key)
      highlights.push(highlight)
    }
  }
  return {
    ...mine,
    claims,
    highlights,
    updatedAt: mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt
  }
}
