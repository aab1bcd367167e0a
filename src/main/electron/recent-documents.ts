/**
 * The documents behind File ▸ Open Recent: the ones last opened, newest first, without repeats,
 * and only those still in the library. Starts from the library's newest when nothing was opened yet.
 */
import type { RecentDocument } from './menu-template'

export const MAX_RECENT = 10

export class RecentDocuments {
  private list: RecentDocument[]

  constructor(initial: readonly RecentDocument[] = []) {
    this.list = initial.slice(0, MAX_RECENT)
  }

  /** Moves the document to the top; answers whether the list changed (so the menu is rebuilt). */
  opened(document: RecentDocument): boolean {
    const before = JSON.stringify(this.list)
    this.list = [document, ...this.list.filter((item) => item.documentId !== document.documentId)].slice(
      0,
      MAX_RECENT
    )
    return JSON.stringify(this.list) !== before
  }

  clear(): void {
    this.list = []
  }

  /** The list, keeping only documents still in the library, under their current titles. */
  current(library: readonly { id: string; title: string }[]): RecentDocument[] {
    const titles = new Map(library.map((entry) => [entry.id, entry.title]))
    return this.list.flatMap((item) => {
      const title = titles.get(item.documentId)
      return title === undefined ? [] : [{ documentId: item.documentId, title }]
    })
  }
}
