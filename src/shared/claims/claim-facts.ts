/**
 * What decides whether two claims can be the same claim, whatever their words: the figures they
 * state and the names they give (see similar-claims-index.ts), and how the index finds the claims
 * whose figures could be a query's without reading every claim that shares one of them.
 */
import type { ClaimSignature } from './claim-terms'

export type Facts = Pick<ClaimSignature, 'figures' | 'names'>

/**
 * The same figures (one side may state a figure more, as "ten years" for "a decade"; none may
 * differ), and a shared name when both sides name someone or somewhere.
 */
export function sameFacts(a: Facts, b: Facts): boolean {
  const [fewer, more] = a.figures.length <= b.figures.length ? [a.figures, b.figures] : [b.figures, a.figures]
  if (!fewer.every((figure) => more.includes(figure))) return false
  if (fewer.length === 0 && more.length > 0) return false
  if (a.names.length === 0 || b.names.length === 0) return true
  return a.names.some((name) => b.names.includes(name))
}

/** Shared figures that tell a claim apart (not years, not counts up to ten), at most two. */
export function tellingShared(a: readonly string[], b: readonly string[]): number {
  let shared = 0
  for (const figure of a) {
    if (!b.includes(figure) || /^(?:1[89]|20)\d\d$/.test(figure)) continue
    if (figure.endsWith('%') || Number(figure) > 10) shared++
  }
  return Math.min(2, shared)
}

/** A claim's whole set of figures as one fact: the claims stating exactly these figures are listed under it. */
export function figureSetKey(figures: readonly string[]): string {
  return `\u0000${figures.join('\u0000')}`
}

/** Figures a query may state for its candidates to be found by each subset of them (2^n lookups). */
const MOST_FIGURES_BY_SUBSET = 8

/**
 * The postings holding every claim whose figures could be the query's (see `sameFacts`): one may
 * state a figure more than the other, none may differ. A claim stating all the query's figures
 * and more is in the posting of the query's rarest figure; a claim stating some of them and no
 * other is listed under that exact set. (A query with very many figures takes every claim sharing
 * one.)
 */
export function figureCandidates(
  postings: ReadonlyMap<string, number[]>,
  figures: readonly string[]
): number[][] {
  const ofFigures = figures.map((figure) => postings.get(figure) ?? [])
  if (figures.length > MOST_FIGURES_BY_SUBSET) return ofFigures
  const rarest = ofFigures.reduce((a, b) => (b.length < a.length ? b : a))
  const found = [rarest]
  for (let subset = 1; subset < 1 << figures.length; subset++) {
    const key = figureSetKey(figures.filter((_, i) => subset & (1 << i)))
    const posting = postings.get(key)
    if (posting) found.push(posting)
  }
  return found
}

/**
 * Which claims a query may match, by what they state (see `sameFacts`): a claim with figures only
 * a claim sharing one; a claim with names but no figures only one sharing a name or naming no one.
 */
export const Group = { Figures: 0, Names: 1, Plain: 2 } as const
export type Group = (typeof Group)[keyof typeof Group]

/** A figure or a name among a claim's words ("#13897", "@russia"). */
export const isFactWord = (word: string): boolean => word.startsWith('#') || word.startsWith('@')
export const groupOf = (signature: Facts): Group =>
  signature.figures.length > 0 ? Group.Figures : signature.names.length > 0 ? Group.Names : Group.Plain
