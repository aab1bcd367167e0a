import type { Api } from '../shared/contract'
import type { MenuCommand } from '../shared/menu-commands'

declare global {
  interface Window {
    /** Present only in the desktop app; the browser host talks HTTP instead. */
    claimcheck?: Api
    /** The application menu's commands (desktop app only). */
    claimcheckMenu?: { onCommand: (listener: (command: MenuCommand) => void) => () => void }
  }
}
