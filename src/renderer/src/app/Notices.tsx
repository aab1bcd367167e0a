/**
 * Messages for the user (files moved aside, imports, exports, errors), each dismissible. News (an
 * import, a download) leaves on its own after a while, but not while the pointer or focus is on it;
 * warnings and errors stay until dismissed. Each is spoken as it appears (status or alert).
 */
import { useEffect, useState } from 'react'
import type { Notice } from '../../../shared/model'
import { NOTICE_LINGER_MS, leavesOnItsOwn } from '../../../shared/notice-timing'

export interface ShownNotice extends Notice {
  id: number
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
  if (notices.length === 0) return null
  return (
    <div className="notices" role="region" aria-label="Messages">
      {notices.map((notice) => {
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
    </div>
  )
}

function NoticeItem({
  level,
  message,
  onDismiss
}: {
  level: Notice['level']
  message: string
  onDismiss: () => void
}) {
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const lingers = leavesOnItsOwn({ level }) && !hovered && !focused
  useEffect(() => {
    if (!lingers) return
    const timer = setTimeout(onDismiss, NOTICE_LINGER_MS)
    return () => clearTimeout(timer)
    // The timer restarts only when the reader leaves the notice, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lingers])
  return (
    <div
      className={`notice notice--${level}`}
      role={level === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
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
