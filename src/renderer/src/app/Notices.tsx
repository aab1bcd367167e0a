/** Messages for the user (files moved aside, exports saved, errors), each dismissible. */
import type { Notice } from '../../../shared/model'

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (index: number) => void }) {
  if (notices.length === 0) return null
  return (
    <div className="notices" role="region" aria-label="Messages">
      {notices.map((notice, index) => (
        <div
          key={`${index}-${notice.message}`}
          className={`notice notice--${notice.level}`}
          role={notice.level === 'error' ? 'alert' : 'status'}
        >
          <span className="notice-text">{notice.message}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss message"
            onClick={() => onDismiss(index)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
