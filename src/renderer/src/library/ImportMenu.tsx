/**
 * "Import…" and its menu: from a file (the host shows its picker: the native open dialog in the
 * desktop app, the browser's file picker in the browser host) or from a web address (a dialog
 * asks for it; main fetches the page). Both run through the shared importer.
 */
import { useState } from 'react'
import { useHost } from '../services/service-context'
import { useMenuCommand } from '../app/use-menu-command'
import { MenuItem } from '../components/MenuItem'
import { usePopover } from '../components/use-popover'
import type { Importer } from './use-importer'
import { WebAddressDialog } from './WebAddressDialog'

export function ImportMenu({ importer }: { importer: Importer }) {
  const host = useHost()
  const popover = usePopover('[role="menuitem"]')
  const [askingAddress, setAskingAddress] = useState(false)
  const busy = importer.state.phase !== 'idle'

  // File ▸ Import from a Web Address… in the desktop app's menu.
  useMenuCommand((command) => {
    if (command.kind === 'import-web' && !busy) setAskingAddress(true)
  })

  return (
    <div className="menu">
      <button
        type="button"
        className="button button--primary"
        aria-haspopup="menu"
        disabled={busy}
        {...popover.buttonProps}
      >
        Import…
      </button>
      {popover.open && (
        <div className="menu-list import-menu" role="menu" aria-label="Import from" {...popover.boxProps}>
          <MenuItem close={popover.close} onChoose={() => void host.pickAndImport(importer)}>
            From a file…
          </MenuItem>
          <MenuItem close={popover.close} onChoose={() => setAskingAddress(true)}>
            From a web address…
          </MenuItem>
        </div>
      )}
      {askingAddress && (
        <WebAddressDialog
          onClose={() => setAskingAddress(false)}
          onImport={(url) => {
            setAskingAddress(false)
            void importer.importWebAddress(url)
          }}
        />
      )}
    </div>
  )
}
