/** Searching and sorting the library list: by title and source, in the order the user picks. */
import type { LibraryEntry } from '../../../shared/model'

export type LibrarySort = 'added' | 'updated' | 'title' | 'progress'

export const sortLabels: Record<LibrarySort, string> = {
  added: 'Date added',
  updated: 'Last changed',
  title: 'Title',
  progress: 'Review progress'
}

export function reviewedFraction(entry: LibraryEntry): number {
  return entry.claimCount ? (entry.claimCount - entry.counts.unreviewed) / entry.claimCount : 0
}

const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()

export function arrangeLibrary(entries: LibraryEntry[], query: string, sort: LibrarySort): LibraryEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  const found = entries.filter((entry) => {
    const haystack = fold(`${entry.title} ${entry.source}`)
    return words.every((word) => haystack.includes(word))
  })
  const compare: Record<LibrarySort, (a: LibraryEntry, b: LibraryEntry) => number> = {
    added: (a, b) => b.addedAt.localeCompare(a.addedAt),
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    title: (a, b) => a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }),
    progress: (a, b) => reviewedFraction(b) - reviewedFraction(a)
  }
  return [...found].sort(compare[sort])
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

export const formatDate = (iso: string): string => dateFormat.format(new Date(iso))
