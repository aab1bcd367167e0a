/**
 * The app's messages to the reader: start-up notices first, then what each part of the app reports.
 * A newer notice of a kind replaces the older, and news the last news (shared/notice-stack.ts).
 */
import { useCallback, useRef, useState } from 'react'
import type { Notice } from '../../../shared/model'
import { pushNotice } from '../../../shared/notice-stack'
import type { ShownNotice } from './Notices'

export type Notify = (
  message: string,
  level: 'info' | 'error',
  about?: ShownNotice['about'],
  kind?: string
) => void

export function useNotices() {
  const [notices, setNotices] = useState<ShownNotice[]>([])
  const ids = useRef(0)

  const notify: Notify = useCallback((message, level, about, kind = 'general') => {
    const id = ++ids.current
    setNotices((current) => pushNotice(current, { id, level, kind, message, ...(about ? { about } : {}) }))
  }, [])

  /** A `notify` for one kind of message, for a part of the app that reports only that kind. */
  const notifier = useCallback(
    (kind: string) => (message: string, level: 'info' | 'error', about?: ShownNotice['about']) =>
      notify(message, level, about, kind),
    [notify]
  )

  /** The host's notices at start, each its own kind: none replaces another. */
  const showStartupNotices = useCallback((startup: readonly Notice[]) => {
    setNotices(startup.map((notice, index) => ({ ...notice, id: ++ids.current, kind: `startup-${index}` })))
  }, [])

  const dismiss = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id))
  }, [])

  return { notices, notify, notifier, showStartupNotices, dismiss }
}
