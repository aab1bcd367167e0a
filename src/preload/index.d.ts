import type { Api } from '../shared/contract'

declare global {
  interface Window {
    /** Present only in the desktop app; the browser host talks HTTP instead. */
    claimcheck?: Api
  }
}
