/**
 * "Import…": the host shows its picker (the native open dialog in the desktop app, the browser's
 * file picker in the browser host) and the import runs through the shared importer.
 */
import { host } from '../api'
import type { Importer } from './use-importer'

export function ImportButton({ importer }: { importer: Importer }) {
  const busy = importer.state.phase !== 'idle'
  return (
    <button
      type="button"
      className="button button--primary"
      disabled={busy}
      onClick={() => void host.pickAndImport(importer)}
    >
      Import…
    </button>
  )
}
