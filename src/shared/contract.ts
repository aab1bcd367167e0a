/**
 * The one API contract between the renderer and the services. Each method: its input schema, its
 * result type and a one-line doc. Main validates every call against `input`; the preload and the
 * renderer port are generated from `methodNames`. Adding a method = one entry here + its service.
 */
import { z } from 'zod'
import { AnnotationChange } from './annotations/change-schema'
import { ClaimId, DocumentId } from './ids'
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from './import/limits'
import type { Annotations, LibraryEntry, Notice, StatusCounts, StoredDocument } from './model'
import { ReadingPlace, type TrashedEntry } from './model'
import type { ReadingSettings } from './reading-settings'
import { ReadingSettingsSchema } from './reading-settings-schema'
import { exportFormats } from './export/formats'
import { Reviewer } from './reviewer'
import type { LibraryClaim } from './all-claims/all-claims'
import { AllClaimsExportFormat, AllClaimsFilterSchema } from './all-claims/filter-schema'
import type { LibraryHit } from './library/library-search'
import type { Result } from './result'
import type { FactCheck } from './fact-checks/fact-check'
import { FactCheckId } from './fact-checks/fact-check'
import type { ClaimMatches } from './matching/claim-matches'
import type { UpdateStatus } from './updates/update-policy'
import type { DeskDocumentView, DeskStatus } from './desk/desk-types'
import type { PublishingSettings } from './desk/view/publishing-scale'
import { ClaimPublishing, RatingScale } from './desk/view/publishing-settings'
import { AssignInput, ConnectDeskInput, DeskClaimFilterSchema, SignOffInput } from './desk/desk-inputs'

interface MethodSpec<Input extends z.ZodType, Output> {
  input: Input
  doc: string
  /** Never set: carries the result type for the compiler. */
  output?: Output
}

function method<Output>() {
  return <Input extends z.ZodType>(input: Input, doc: string): MethodSpec<Input, Output> => ({ input, doc })
}

export { DocumentId } from './ids'

export const ExportFormat = z.enum(exportFormats)
export type ExportFormat = z.infer<typeof ExportFormat>

export type HostKind = 'electron' | 'browser'

export interface Startup {
  host: HostKind
  version: string
  dataDir: string
  notices: Notice[]
  lastDocumentId: string | null
}

export interface ExportedFile {
  fileName: string
  mimeType: string
  content: string
}

export interface SavedExport {
  saved: boolean
  location: string | null
}

export interface ChangeApplied {
  annotations: Annotations
  entry: LibraryEntry
}

/** An earlier version of a document, kept by the store, that can be restored. */
export interface DocumentVersion {
  versionId: string
  savedAt: string
  title: string
  claimCount: number
  counts: StatusCounts
}

const none = z.object({}).strict()
const FileName = z.string().min(1).max(255)

/** What restoring a backup did: the document back, or a question first when it is still there. */
export type BackupImportOutcome =
  | { status: 'imported'; entry: LibraryEntry }
  | { status: 'needs-decision'; pendingId: string; title: string; existing: LibraryEntry }
  | { status: 'cancelled' }

/** What importing annotations did to the document they were applied to. */
export interface AnnotationsImported {
  entry: LibraryEntry
  /** Placed in the text, exactly or approximately. */
  placed: number
  /** Kept as orphans: their text is not in the document. */
  orphaned: number
  /** Already there: not added twice. */
  unchanged: number
  /** In the file but with no quote to place (e.g. page notes). */
  skipped: number
}

/** A folder the user chose for a library export; main keeps its path, the renderer only the id. */
export interface ExportFolder {
  folderId: string | null
  location: string | null
}

/** What importing a ClaimReview feed did to the fact-check collection. */
export interface FactChecksImported {
  status: 'fact-checks'
  fileName: string
  added: number
  /** Already kept (same link and claim): brought up to date. */
  updated: number
  /** In the feed but unusable (no claim, rating or http(s) link, or too long). */
  skipped: number
}

/**
 * What an import did: a new document, a new version of one, fact-checks from a ClaimReview feed,
 * or a question for the user first —
 * whether it is a new version of a document (`version`, answered by `resolveImport`), or a backup
 * of one still in the library (`backup`, answered by `resolveBackupImport`).
 */
export type ImportOutcome =
  | { status: 'imported'; entry: LibraryEntry }
  | { status: 'updated'; entry: LibraryEntry; placed: number; orphaned: number }
  | FactChecksImported
  | {
      status: 'needs-decision'
      kind: 'version' | 'backup'
      pendingId: string
      title: string
      existing: LibraryEntry
    }
  | { status: 'cancelled' }

/** How far the import under way has got: the pages of a PDF read so far, out of how many. */
export interface ImportProgress {
  fileName: string
  done: number
  total: number
  unit: 'page'
}

/** Base64 takes 4 characters for every 3 bytes. */
const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4

/** How far a web import has got: downloading (bytes so far, of how many if known), then importing. */
export interface WebImportProgress {
  phase: 'downloading' | 'importing'
  receivedBytes: number
  totalBytes: number | null
}

/** Chosen by the renderer for one web import, so it can ask how far it got and cancel it. */
const DownloadId = z
  .string()
  .max(32)
  .regex(/^[0-9a-f]{16,32}$/)

export const contract = {
  getStartup: method<Startup>()(none, 'Which host runs the app, where data lives, and notices for the user.'),
  listDocuments: method<LibraryEntry[]>()(none, 'Every document in the library, most recently added first.'),
  openDocument: method<StoredDocument>()(
    z.object({ documentId: DocumentId }).strict(),
    'One document with its text, structure, claims and annotations; remembered as the last opened.'
  ),
  applyChange: method<ChangeApplied>()(
    z.object({ documentId: DocumentId, change: AnnotationChange }).strict(),
    'Applies one annotation change and answers once it is on disk.'
  ),
  exportDocument: method<ExportedFile>()(
    z.object({ documentId: DocumentId, format: ExportFormat }).strict(),
    'Renders a document and its review in an export format, for a download.'
  ),
  saveExport: method<SavedExport>()(
    z.object({ documentId: DocumentId, format: ExportFormat }).strict(),
    'Asks where to save an export with the native dialog and writes it there (desktop only).'
  ),
  openExternal: method<void>()(
    z.object({ url: z.string().max(8192) }).strict(),
    'Opens an http(s) link in the system browser (desktop only); anything else is refused.'
  ),
  getReadingSettings: method<ReadingSettings>()(none, 'The reader’s theme, text size and line width.'),
  saveReadingSettings: method<ReadingSettings>()(
    z.object({ settings: ReadingSettingsSchema }).strict(),
    'Remembers the reader’s theme, text size and line width in the data folder.'
  ),
  importFile: method<ImportOutcome>()(
    z.union([
      z
        .object({
          fileName: FileName,
          // A character is at least one byte, so every file within the byte limit fits.
          text: z
            .string()
            .max(MAX_IMPORT_BYTES, `The file is larger than the ${MAX_IMPORT_LABEL} import limit.`)
        })
        .strict(),
      z
        .object({
          fileName: FileName,
          // A binary file (a PDF) travels as base64: JSON and the preload carry strings.
          base64: z
            .base64()
            .max(MAX_IMPORT_BASE64, `The file is larger than the ${MAX_IMPORT_LABEL} import limit.`)
        })
        .strict()
    ]),
    'Imports a .txt, .md or .html file’s text (or a ClaimReview feed, by its content), or a PDF’s bytes as base64; asks first when it looks like a new version of a document.'
  ),
  getImportProgress: method<ImportProgress | null>()(
    none,
    'How far the import under way has got (the pages of a PDF read so far), or null when none is.'
  ),
  importFromDialog: method<ImportOutcome>()(
    none,
    'Shows the native open dialog and imports the chosen file, read by main: an article, or a .claimcheck.json backup (desktop only).'
  ),
  importFromWeb: method<ImportOutcome>()(
    z.object({ url: z.string().trim().min(1).max(8192), downloadId: DownloadId }).strict(),
    'Fetches a web page (http or https only) in main and imports it; asks first when its address or title matches a document.'
  ),
  webImportProgress: method<WebImportProgress | null>()(
    z.object({ downloadId: DownloadId }).strict(),
    'How far a web import has got; null before it starts and once it has answered.'
  ),
  cancelWebImport: method<void>()(
    z.object({ downloadId: DownloadId }).strict(),
    'Stops a web import while it downloads or imports; the import then answers cancelled and saves nothing.'
  ),
  resolveImport: method<ImportOutcome>()(
    z
      .object({ pendingId: z.string().min(1).max(64), decision: z.enum(['update', 'new', 'cancel']) })
      .strict(),
    'Answers the new-version question: update the document (re-anchoring its annotations) or add a new one.'
  ),
  renameDocument: method<LibraryEntry>()(
    z.object({ documentId: DocumentId, title: z.string().trim().min(1).max(500) }).strict(),
    'Gives a document a new title.'
  ),
  trashDocument: method<void>()(
    z.object({ documentId: DocumentId }).strict(),
    'Moves a document to the trash; its file is kept until the trash is emptied.'
  ),
  restoreDocument: method<LibraryEntry>()(
    z.object({ documentId: DocumentId }).strict(),
    'Puts a document back from the trash into the library.'
  ),
  listTrash: method<TrashedEntry[]>()(none, 'The documents in the trash, most recently deleted first.'),
  emptyTrash: method<number>()(none, 'Deletes every document in the trash for good; answers how many.'),
  getReadingPlace: method<ReadingPlace | null>()(
    z.object({ documentId: DocumentId }).strict(),
    'Where the reader left a document: selected claim and scroll position.'
  ),
  saveReadingPlace: method<void>()(
    z.object({ documentId: DocumentId, place: ReadingPlace }).strict(),
    'Remembers where the reader is in a document, to reopen there.'
  ),
  listVersions: method<DocumentVersion[]>()(
    z.object({ documentId: DocumentId }).strict(),
    'The earlier versions of a document kept on disk, newest first, with what each held.'
  ),
  restoreVersion: method<LibraryEntry>()(
    z
      .object({
        documentId: DocumentId,
        versionId: z
          .string()
          .max(20)
          .regex(/^\d{1,15}(?:-\d{1,3})?$/)
      })
      .strict(),
    'Puts an earlier version of a document back; the version it replaces is kept in turn.'
  ),
  getReviewer: method<Reviewer>()(
    none,
    'The reviewer’s name and organisation, the author of published verdicts.'
  ),
  saveReviewer: method<Reviewer>()(
    z.object({ reviewer: Reviewer }).strict(),
    'Remembers the reviewer’s name and organisation in the data folder.'
  ),
  importBackup: method<BackupImportOutcome>()(
    z
      .object({
        fileName: FileName,
        text: z.string().max(MAX_IMPORT_BYTES, 'The backup is larger than the 50 MB import limit.')
      })
      .strict(),
    'Restores a document from its .claimcheck.json backup; asks first when the document is still there.'
  ),
  resolveBackupImport: method<BackupImportOutcome>()(
    z
      .object({ pendingId: z.string().min(1).max(64), decision: z.enum(['replace', 'keep-both', 'cancel']) })
      .strict(),
    'Answers the restore question: replace the document, keep both, or cancel.'
  ),
  chooseExportFolder: method<ExportFolder>()(
    none,
    'Asks for a folder to export documents into with the native dialog (desktop only).'
  ),
  saveToExportFolder: method<{ fileName: string }>()(
    z
      .object({
        folderId: z
          .string()
          .max(24)
          .regex(/^[0-9a-f]{24}$/),
        documentId: DocumentId,
        format: ExportFormat
      })
      .strict(),
    'Writes one document’s export into the chosen folder under a name no other file there has.'
  ),
  importAnnotations: method<AnnotationsImported>()(
    z
      .object({
        fileName: FileName,
        text: z
          .string()
          .max(MAX_IMPORT_BYTES, `The file is larger than the ${MAX_IMPORT_LABEL} import limit.`),
        documentId: DocumentId.optional()
      })
      .strict(),
    'Applies a W3C Web Annotation file (ours or Hypothesis’s) to the document at its web address, else to `documentId`.'
  ),
  matchClaims: method<ClaimMatches>()(
    z.object({ documentId: DocumentId }).strict(),
    'For each claim of a document: the same claim reviewed in other documents, and published fact-checks of it.'
  ),
  listFactChecks: method<FactCheck[]>()(
    none,
    'The published fact-checks imported from ClaimReview feeds, most recently added first.'
  ),
  removeFactCheck: method<void>()(
    z.object({ factCheckId: FactCheckId }).strict(),
    'Removes one published fact-check from the collection.'
  ),
  listAllClaims: method<LibraryClaim[]>()(
    z.object({ desk: DeskClaimFilterSchema.optional() }).strict(),
    'Every claim of every document in the library, in library then article order, with its review and kinds; `desk` keeps only the desk documents’ claims in that desk state.'
  ),
  exportAllClaims: method<ExportedFile>()(
    z
      .object({
        filter: AllClaimsFilterSchema,
        format: AllClaimsExportFormat,
        desk: DeskClaimFilterSchema.optional()
      })
      .strict(),
    'Renders the claims across the library that pass a filter (and, with `desk`, are in that desk state) as Markdown or CSV, for a download.'
  ),
  saveAllClaimsExport: method<SavedExport>()(
    z
      .object({
        filter: AllClaimsFilterSchema,
        format: AllClaimsExportFormat,
        desk: DeskClaimFilterSchema.optional()
      })
      .strict(),
    'Asks where to save the claims across the library that pass a filter, and writes them there (desktop only).'
  ),
  searchLibrary: method<LibraryHit[]>()(
    z.object({ query: z.string().max(200) }).strict(),
    'The documents whose article text, notes or tags contain the query (case and accents ignored), with where.'
  ),
  getUpdateStatus: method<UpdateStatus>()(
    none,
    'Where the app’s own update stands: off, checking, downloading, ready to install, or unavailable here.'
  ),
  setAutomaticUpdates: method<UpdateStatus>()(
    z.object({ automatic: z.boolean() }).strict(),
    'Switches the daily update check on or off (desktop only); remembered in the data folder.'
  ),
  restartToUpdate: method<void>()(
    none,
    'Quits once the work is saved and installs the downloaded update; refused when none is ready.'
  ),
  deskStatus: method<DeskStatus>()(
    none,
    'Whether a desk is connected, who you are on it and the sync state; `revision` grows when the replica changes.'
  ),
  connectDesk: method<DeskStatus>()(
    ConnectDeskInput,
    'Logs in to a desk (a CouchDB database; https, or http on this machine only) and starts syncing.'
  ),
  disconnectDesk: method<DeskStatus>()(
    none,
    'Stops syncing and forgets the credentials; every document and change stays in the library.'
  ),
  shareWithDesk: method<LibraryEntry>()(
    z.object({ documentId: DocumentId }).strict(),
    'Shares a document’s article (text, structure, source, title) and your review with the desk.'
  ),
  deskDocument: method<DeskDocumentView | null>()(
    z.object({ documentId: DocumentId }).strict(),
    'The desk’s view of a document: every member’s verdict per claim, sign-offs, assignment and history; null when it is not a desk document.'
  ),
  signOffClaim: method<DeskDocumentView>()(
    SignOffInput,
    'Signs off a claim with a final verdict and a reason, recording which verdicts it saw (editors only).'
  ),
  getPublishing: method<PublishingSettings>()(
    none,
    'What publishing verdicts needs: the desk’s rating scale, and per claim its fact-check’s address, claimant, and where and when it appeared.'
  ),
  savePublishingScale: method<PublishingSettings>()(
    z.object({ ratingScale: RatingScale }).strict(),
    'Remembers the desk’s rating scale (names best first, each meaning Verified or Disputed) in the data folder.'
  ),
  saveClaimPublishing: method<PublishingSettings>()(
    z.object({ documentId: DocumentId, claimId: ClaimId, details: ClaimPublishing }).strict(),
    'Remembers one claim’s publishing details (fact-check address, claimant, where and when, rating).'
  ),
  assignDeskDocument: method<DeskDocumentView>()(
    AssignInput,
    'Assigns a desk document to a member (editors only).'
  )
} as const

export type Contract = typeof contract
export type MethodName = keyof Contract
export const methodNames = Object.keys(contract) as MethodName[]

export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>
export type OutputOf<M extends MethodName> =
  Contract[M] extends MethodSpec<z.ZodType, infer Output> ? Output : never

/** What the renderer calls: every method answers a Result, never throws. */
export type Api = { [M in MethodName]: (input: InputOf<M>) => Promise<Result<OutputOf<M>>> }

/** What a host implements: plain functions over validated input; failures are thrown ApiFailures. */
export type Services = { [M in MethodName]: (input: ParsedInputOf<M>) => Promise<OutputOf<M>> }

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name)
}
