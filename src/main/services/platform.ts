/**
 * What differs between hosts, injected into the services: the desktop app shows native dialogs
 * and opens links in the system browser; the browser host lets the browser do both.
 */
import type { HostKind } from '../../shared/contract'
import type { UpdateStatus } from '../../shared/updates/update-policy'

/** The app's own updates (the desktop app's UpdateController); the browser host has none. */
export interface UpdatePort {
  status: () => UpdateStatus
  setAutomatic: (automatic: boolean) => Promise<UpdateStatus>
  /** Installs the ready update; false when there is none. */
  restartToUpdate: () => Promise<boolean>
}

export interface HostPlatform {
  kind: HostKind
  /** Asks the user where to save; resolves to the chosen path, or null if they cancelled. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>
  openExternal?: (url: string) => Promise<void>
  /** Asks the user for a file to import; resolves to its path, or null if they cancelled. */
  chooseImportFile?: () => Promise<string | null>
  /** Asks the user for a folder to export into; resolves to its path, or null if they cancelled. */
  chooseFolder?: () => Promise<string | null>
  updates?: UpdatePort
}
