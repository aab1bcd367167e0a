/**
 * "Import…": the native open dialog in the desktop app (main reads the file), a file picker in
 * the browser host (the page reads the file and sends its text).
 */
import { useRef } from 'react'
import type { HostKind } from '../../../shared/contract'
import { importExtensions } from '../../../shared/import/file-name'
import type { Importer } from './use-importer'

export function ImportButton({ host, importer }: { host: HostKind; importer: Importer }) {
  const input = useRef<HTMLInputElement>(null)
  const busy = importer.state.phase !== 'idle'
  return (
    <>
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => (host === 'electron' ? void importer.importFromDialog() : input.current?.click())}
      >
        Import…
      </button>
      {host !== 'electron' && (
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Choose a file to import"
          accept={importExtensions.join(',')}
          onChange={(event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (file) void importer.importFile(file)
          }}
        />
      )}
    </>
  )
}
