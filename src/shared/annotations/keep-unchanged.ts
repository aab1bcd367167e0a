/**
 * The store answers a change with the annotations as saved. The screen has shown the same change
 * since the click; taking the saved copy as it comes would hand every claim, highlight and orphan
 * a new object, and the reading view would redraw everything in sight. This keeps the screen's
 * object wherever the saved one is equal to it, so only what really differs is new.
 */
import { dequal } from 'dequal'
import type { Annotations } from '../model'

function keepItems<T>(shown: readonly T[], saved: T[]): T[] {
  const kept = saved.map((item, index) => (dequal(shown[index], item) ? (shown[index] as T) : item))
  return kept.length === shown.length && kept.every((item, index) => item === shown[index])
    ? (shown as T[])
    : kept
}

/** `saved`, deep-equal to it, sharing every part that equals the same part of `shown`. */
export function keepUnchanged(shown: Annotations, saved: Annotations): Annotations {
  if (shown === saved) return shown
  const claims: Annotations['claims'] = {}
  let sameClaims = Object.keys(shown.claims).length === Object.keys(saved.claims).length
  for (const [claimId, review] of Object.entries(saved.claims)) {
    const before = Object.hasOwn(shown.claims, claimId) ? shown.claims[claimId] : undefined
    const kept = before !== undefined && dequal(before, review) ? before : review
    if (kept !== before) sameClaims = false
    claims[claimId] = kept
  }
  const highlights = keepItems(shown.highlights, saved.highlights)
  const orphans = saved.orphans && shown.orphans ? keepItems(shown.orphans, saved.orphans) : saved.orphans
  if (sameClaims && highlights === shown.highlights && orphans === shown.orphans) return shown
  return {
    ...saved,
    claims: sameClaims ? shown.claims : claims,
    highlights,
    ...(orphans ? { orphans } : {})
  }
}
