/**
 * The Export button and its menu of formats, and the reviewer who signs the verdicts. The host
 * delivers the file: the desktop app asks where to save it with the native dialog, the browser host
 * downloads it. A ClaimReview export without a reviewer asks for one first: publishing verdicts
 * needs an author.
 */
import { useState } from 'react'
import type { ExportFormat } from '../../../shared/contract'
import { exportFormatInfo, exportFormats } from '../../../shared/export/formats'
import { hasReviewer } from '../../../shared/has-reviewer'
import { useApi, useHost } from '../services/service-context'
import { MenuItem } from '../components/MenuItem'
import { usePopover } from '../components/use-popover'
import { ReviewerDialog } from '../export/ReviewerDialog'
import { PublishingDialog } from '../desk/PublishingDialog'
import type { ShownNotice } from './Notices'
import { useMenuCommand } from './use-menu-command'

const formats: { format: ExportFormat; label: string }[] = exportFormats.map((format) => ({
  format,
  label: exportFormatInfo[format].label
}))

interface ExportMenuProps {
  documentId: string
  /** Pending saves land first, so the export holds exactly what is on screen. */
  whenSaved: () => Promise<void>
  /** `about`: the message names the document, and follows it if it is renamed. */
  onMessage: (message: string, level: 'info' | 'error', about?: ShownNotice['about']) => void
  /** A desk document's ClaimReview is signed by the editors who signed off: no reviewer needed. */
  deskDocument?: boolean
}

/** The reviewer dialog, opened from the menu, or before an export (`then`) that needs a reviewer. */
type ReviewerAsk = { then: ExportFormat | null }

export function ExportMenu({ documentId, whenSaved, onMessage, deskDocument = false }: ExportMenuProps) {
  const api = useApi()
  const host = useHost()
  const popover = usePopover('[role="menuitem"]')
  const [asking, setAsking] = useState<ReviewerAsk | null>(null)
  const [publishing, setPublishing] = useState(false)

  const deliver = async (format: ExportFormat) => {
    await whenSaved()
    const result = await host.deliverExport(documentId, format)
    if (!result.ok) onMessage(result.error.message, 'error')
    else if (result.value) {
      const done = result.value
      onMessage(done, 'info', { documentId, compose: (title) => `“${title}”: ${done}` })
    }
  }

  const exportAs = async (format: ExportFormat) => {
    popover.close()
    if (format === 'claimreview' && !deskDocument) {
      const reviewer = await api.getReviewer({})
      if (reviewer.ok && !hasReviewer(reviewer.value)) return setAsking({ then: format })
    }
    await deliver(format)
  }

  // File ▸ Export ▸ <format> in the desktop app's menu.
  useMenuCommand((command) => {
    if (command.kind === 'export') void exportAs(command.format)
  })

  return (
    <div className="menu">
      <button type="button" className="button" aria-haspopup="menu" {...popover.buttonProps}>
        Export
      </button>
      {popover.open && (
        <div className="menu-list" role="menu" aria-label="Export format" {...popover.boxProps}>
          {formats.map(({ format, label }) => (
            <MenuItem key={format} close={popover.close} onChoose={() => void exportAs(format)}>
              {label}
            </MenuItem>
          ))}
          <hr className="menu-separator" role="separator" />
          <MenuItem close={popover.close} onChoose={() => setAsking({ then: null })}>
            Reviewer…
          </MenuItem>
          <MenuItem close={popover.close} onChoose={() => setPublishing(true)}>
            Publishing…
          </MenuItem>
        </div>
      )}
      {publishing && (
        <PublishingDialog
          onClose={() => setPublishing(false)}
          onSaved={() => {
            setPublishing(false)
            onMessage('The rating scale is saved: desk ClaimReview exports use it.', 'info')
          }}
        />
      )}
      {asking && (
        <ReviewerDialog
          {...(asking.then
            ? { reason: 'A ClaimReview names who reviewed the claims.', saveLabel: 'Save and export' }
            : {})}
          onClose={() => {
            setAsking(null)
            popover.close()
          }}
          onSaved={(reviewer) => {
            setAsking(null)
            popover.close()
            if (asking.then) void deliver(asking.then)
            else
              onMessage(
                hasReviewer(reviewer)
                  ? `Exports are now signed by ${[reviewer.name, reviewer.organisation].filter(Boolean).join(', ')}.`
                  : 'Exports are no longer signed.',
                'info'
              )
          }}
        />
      )}
    </div>
  )
}
