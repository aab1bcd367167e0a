/**
 * The Export button and its menu of formats. The host delivers the file: the desktop app asks
 * where to save it with the native dialog, the browser host downloads it.
 */
import type { ExportFormat } from '../../../shared/contract'
import { exportFormatInfo, exportFormats } from '../../../shared/export/formats'
import { host } from '../api'
import { usePopover } from '../components/use-popover'

const formats: { format: ExportFormat; label: string }[] = exportFormats.map((format) => ({
  format,
  label: exportFormatInfo[format].label
}))

interface ExportMenuProps {
  documentId: string
  /** Pending saves land first, so the export holds exactly what is on screen. */
  whenSaved: () => Promise<void>
  onMessage: (message: string, level: 'info' | 'error') => void
}

export function ExportMenu({ documentId, whenSaved, onMessage }: ExportMenuProps) {
  const popover = usePopover('[role="menuitem"]')

  const exportAs = async (format: ExportFormat) => {
    popover.close()
    await whenSaved()
    const result = await host.deliverExport(documentId, format)
    if (!result.ok) onMessage(result.error.message, 'error')
    else if (result.value) onMessage(result.value, 'info')
  }

  return (
    <div className="menu">
      <button type="button" className="button" aria-haspopup="menu" {...popover.buttonProps}>
        Export
      </button>
      {popover.open && (
        <div className="menu-list" role="menu" aria-label="Export format" {...popover.boxProps}>
          {formats.map(({ format, label }) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={() => void exportAs(format)}
            >
              {label}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
