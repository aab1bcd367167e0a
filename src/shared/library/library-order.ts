/** Searching and sorting the library list: by title and source, in the order the user picks. */
import { reviewProgress } from '../annotations/counts'
import type { LibraryEntry } from '../model'
import { foldedWords, foldForSearch } from '../text/fold'

export type LibrarySort = 'added' | 'updated' | 'title' | 'progress'

export const sortLabels: Record<LibrarySort, string> = {
  added: 'Date added',
  updated: 'Last changed',
  title: 'Title',
  progress: 'Review progress'
}

/** How much of a document is reviewed, from 0 to 1 (0 for a document without claims to review). */
export function reviewedFraction(entry: LibraryEntry): number {
  const { reviewed, total } = reviewProgress(entry.counts, entry.claimCount)
  return total ? reviewed / total : 0
}

const compare: Record<LibrarySort, (a: LibraryEntry, b: LibraryEntry) => number> = {
  added: (a, b) => b.addedAt.localeCompare(a.addedAt),
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
  title: (a, b) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }),
  progress: (a, b) => reviewedFraction(b) - reviewedFraction(a)
}

/**
 * The entries whose title or source holds every word of `query` (case and accents ignored), or
 * whose text, notes or tags the library search found it in (`foundInside`, by id), sorted.
 */
export function arrangeLibrary(
  entries: readonly LibraryEntry[],
  query: string,
  sort: LibrarySort,
  foundInside: ReadonlySet<string> = new Set()
): LibraryEntry[] {
  const words = foldedWords(query)
  const found = entries.filter((entry) => {
    if (foundInside.has(entry.id)) return true
    const haystack = foldForSearch(`${entry.title} ${entry.source}`)
    return words.every((word) => haystack.includes(word))
  })
  return found.sort(compare[sort])
}
