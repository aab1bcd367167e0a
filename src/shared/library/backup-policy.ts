/**
 * Which earlier versions of a file to keep. Saves come in bursts (every keystroke of a note is
 * one), so "recent" means the newest few at least a minute apart, plus the newest of each of the
 * last seven days: a mistake found minutes or days later can still be undone.
 */
export const RECENT_VERSIONS = 5
export const RECENT_SPACING_MS = 60_000
export const DAILY_VERSIONS = 7

const DAY_MS = 24 * 60 * 60 * 1000

/** Given the times of the versions on hand, the ones to keep (newest first). */
export function versionsToKeep(savedAt: readonly number[], now: number): number[] {
  const newestFirst = [...savedAt].sort((a, b) => b - a)
  const keep = new Set<number>()
  let lastKept = Number.POSITIVE_INFINITY
  let recent = 0
  for (const time of newestFirst) {
    if (recent >= RECENT_VERSIONS) break
    if (lastKept - time >= RECENT_SPACING_MS || recent === 0) {
      keep.add(time)
      lastKept = time
      recent++
    }
  }
  const days = new Set<number>()
  for (const time of newestFirst) {
    const daysAgo = Math.floor((now - time) / DAY_MS)
    if (daysAgo >= DAILY_VERSIONS || days.has(daysAgo)) continue
    days.add(daysAgo)
    keep.add(time)
  }
  return newestFirst.filter((time) => keep.has(time))
}
