/**
 * What the renderer asks of the host it runs in. Components call these actions and never ask which
 * host they are in: the desktop app and the browser host each implement them their own way.
 */
import type { Api, ExportFormat, ImportOutcome } from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import type { DeskFilter } from '../../../shared/desk/view/desk-filter'
import type { AllClaimsFilter } from '../../../shared/all-claims/all-claims'

/** The two ways an import can start once the user has chosen a file. */
export interface ImportSteps {
  /** The page holds the file: read it with progress and send its text. */
  importFile: (file: File) => Promise<void>
  /** Main reads the file itself: wait on `call`, showing `label` as the file's name meanwhile. */
  importThrough: (label: string, call: () => Promise<Result<ImportOutcome>>) => Promise<void>
}

export interface HostPort {
  /** Every contract method; each call answers a Result and never throws. */
  api: Api
  /** Opens an http(s) link outside the app (the system browser, or a new tab with no opener). */
  openLink: (url: string) => void
  /**
   * Hands an export to the user: saved where they choose, or downloaded. Answers what to tell
   * them, or null when they cancelled.
   */
  deliverExport: (documentId: string, format: ExportFormat) => Promise<Result<string | null>>
  /**
   * Hands many documents' exports in one format to the user: into a folder they choose (desktop),
   * or one `.zip` download (browser). `onProgress` hears how many are done. Answers what to tell
   * them, or null when they cancelled.
   */
  deliverLibraryExport: (
    documentIds: readonly string[],
    format: ExportFormat,
    onProgress: (done: number, total: number) => void
  ) => Promise<Result<string | null>>
  /**
   * Hands the All claims results that pass `filter` to the user as Markdown or CSV: saved where
   * they choose, or downloaded. Answers what to tell them, or null when they cancelled.
   */
  deliverAllClaimsExport: (
    filter: AllClaimsFilter,
    format: 'markdown' | 'csv',
    desk?: DeskFilter
  ) => Promise<Result<string | null>>
  /** Lets the user choose a file and imports it through `steps`. */
  pickAndImport: (steps: ImportSteps) => Promise<void>
}
