/**
 * Messages for the user (files moved aside, imports, exports, errors), each dismissible. News (an
 * import, a download) fades out on its own after a while, but not while the pointer or focus is on
 * it; warnings and errors stay until dismissed, at most two at a time with "and N more" for the
 * rest (shared/notice-stack.ts). Each is spoken as it appears (status or alert).
 */
import { useEffect, useState } from 'react'
import { noticesOnScreen, type StackedNotice } from '../../../shared/notice-stack'
import { NOTICE_FADE_MS, NOTICE_LINGER_MS, leavesOnItsOwn } from '../../../shared/notice-timing'

export interface ShownNotice extends StackedNotice {
  /** The message about a document, written again with its current title (it may be renamed). */
  about?: { documentId: string; compose: (title: string) => string }
}

interface NoticesProps {
  notices: readonly ShownNotice[]
  /** The current title of a document, by id, so a notice follows a rename. */
  titleOf: (documentId: string) => string | undefined
  onDismiss: (id: number) => void
}

export function Notices({ notices, titleOf, onDismiss }: NoticesProps) {
  const [showAll, setShowAll] = useState(false)
  const { shown, more } = noticesOnScreen(notices, showAll)
  if (notices.length === 0) return null
  return (
    <div className="notices" role="region" aria-label="Messages">
      {shown.map((notice) => {
        const title = notice.about && titleOf(notice.about.documentId)
        return (
          <NoticeItem
            key={notice.id}
            level={notice.level}
            message={notice.about && title ? notice.about.compose(title) : notice.message}
            onDismiss={() => onDismiss(notice.id)}
          />
        )
      })}
      {more > 0 && (
        <button type="button" className="button button--quiet notices-more" onClick={() => setShowAll(true)}>
          and {more} more {more === 1 ? 'message' : 'messages'}
        </button>
      )}
    </div>
  )
}

function NoticeItem({
  level,
  message,
  onDismiss
}: {
  level: StackedNotice['level']
  message: string
  onDismiss: () => void
}) {
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const [fading, setFading] = useState(false)
  const lingers = leavesOnItsOwn({ level }) && !hovered && !focused
  useEffect(() => {
    if (!lingers) return
    const fade = setTimeout(() => setFading(true), NOTICE_LINGER_MS - NOTICE_FADE_MS)
    const gone = setTimeout(onDismiss, NOTICE_LINGER_MS)
    return () => {
      clearTimeout(fade)
      clearTimeout(gone)
    }
    // The timers restart only when the reader leaves the notice, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lingers])
  return (
    <div
      className={`notice notice--${level}${fading && lingers ? ' notice--fading' : ''}`}
      role={level === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => {
        setHovered(true)
        setFading(false)
      }}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => {
        setFocused(true)
        setFading(false)
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false)
      }}
    >
      <span className="notice-text">{message}</span>
      <button type="button" className="icon-button" aria-label="Dismiss message" onClick={onDismiss}>
        ×
      </button>
    </div>
  )
}
