/**
 * Which notices are on screen. A session once ended with three red errors stacked, each with its
 * own ×. So: a newer notice of the same kind (a save, an import, an export…) replaces the older
 * one; news is one at a time; errors and warnings stay until read, but at most two show, the rest
 * counted ("and 3 more") until the reader asks for them.
 */
import type { Notice } from './model'

export interface StackedNotice extends Notice {
  id: number
  /** What the notice is about ('save', 'import', 'export'…): a newer one of a kind replaces the older. */
  kind: string
}

/** How many errors and warnings show at once before "and N more". */
export const STAYING_SHOWN = 2

/** The list with `notice` added: the same kind, and any older news, go. */
export function pushNotice<T extends StackedNotice>(notices: readonly T[], notice: T): T[] {
  const kept = notices.filter(
    (old) => old.kind !== notice.kind && !(notice.level === 'info' && old.level === 'info')
  )
  return [...kept, notice]
}

export interface NoticesOnScreen<T> {
  shown: T[]
  /** Errors and warnings not shown, the oldest ones. */
  more: number
}

/** The news, and the newest errors and warnings up to the limit (all of them when `all`), in the order they came. */
export function noticesOnScreen<T extends StackedNotice>(
  notices: readonly T[],
  all = false
): NoticesOnScreen<T> {
  const staying = notices.filter((notice) => notice.level !== 'info')
  const hidden = all ? [] : staying.slice(0, Math.max(0, staying.length - STAYING_SHOWN))
  return { shown: notices.filter((notice) => !hidden.includes(notice)), more: hidden.length }
}
