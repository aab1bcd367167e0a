/**
 * The Export button and its menu of formats. The desktop app asks where to save with the native
 * dialog; the browser host downloads the file.
 */
import { useEffect, useRef, useState } from 'react'
import type { ExportFormat, HostKind } from '../../../shared/contract'
import { api } from '../api'

const formats: { format: ExportFormat; label: string }[] = [{ format: 'markdown', label: 'Markdown (.md)' }]

interface ExportMenuProps {
  documentId: string
  host: HostKind
  /** Pending saves land first, so the export holds exactly what is on screen. */
  whenSaved: () => Promise<void>
  onMessage: (message: string, level: 'info' | 'error') => void
}

function download(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  URL.revokeObjectURL(url)
}

export function ExportMenu({ documentId, host, whenSaved, onMessage }: ExportMenuProps) {
  const [open, setOpen] = useState(false)
  const menuRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const close = (event: MouseEvent) => {
      if (!menuRef.current?.parentElement?.contains(event.target as Node)) setOpen(false)
    }
    window.addEventListener('mousedown', close)
    return () => window.removeEventListener('mousedown', close)
  }, [open])

  const exportAs = async (format: ExportFormat) => {
    setOpen(false)
    buttonRef.current?.focus()
    await whenSaved()
    if (host === 'electron') {
      const result = await api.saveExport({ documentId, format })
      if (!result.ok) onMessage(result.error.message, 'error')
      else if (result.value.saved) onMessage(`Exported to ${result.value.location}`, 'info')
      return
    }
    const result = await api.exportDocument({ documentId, format })
    if (!result.ok) return onMessage(result.error.message, 'error')
    download(result.value.fileName, result.value.mimeType, result.value.content)
    onMessage(`Downloaded ${result.value.fileName}`, 'info')
  }

  return (
    <div className="menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
      >
        Export
      </button>
      {open && (
        <div
          ref={menuRef}
          className="menu-list"
          role="menu"
          aria-label="Export format"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setOpen(false)
              buttonRef.current?.focus()
            }
          }}
        >
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
