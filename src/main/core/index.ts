/**
 * Main's core behind one front door: what the Electron glue, the web host, the CLI and the benches
 * may use of the store, the import pipeline and the services. Everything else in `src/main` (but
 * the two hosts) is the core's inside; `.dependency-cruiser.mjs` keeps it that way.
 */
export { boot, resolveDataDir } from '../boot'
export type { BootOptions, Booted } from '../boot'
export { readStaticFile } from '../renderer-files'
export type { StaticFile } from '../renderer-files'
// The first screen the hosts put in the app's page, so it paints before any script runs.
export { keepFirstScreen, withFirstScreen } from '../first-screen/first-screen-source'
export type { FirstScreenServices } from '../first-screen/first-screen-source'

// The import pipeline: the builder the services take, in-process or on a worker thread.
export type {
  ArticleBuilder,
  ArticleInput,
  FileInput,
  PageProgress,
  WebPageInput
} from '../import/article-input'
export { articleFromFile } from '../import/article-from-file'
export { builtWorkerArticleBuilder } from '../import/built-import-worker'
// The claim matcher's index of reviewed claims, on a worker thread in the hosts.
export { builtWorkerClaimIndex } from '../matching/built-claim-index-worker'
export { inThreadClaimIndex } from '../matching/reviewed-claim-index'
export { LARGE_PAGE_CHARACTERS } from '../import/html-draft'
export { fetchPage } from '../fetch/fetch-page'

// The services and the store they run over.
export { createServices } from '../services/create-services'
export type { ServiceDeps, ServiceOptions } from '../services/create-services'
export { findPreviousVersion } from '../services/import-services'
export { readReviewer } from '../services/reviewer-services'
export { LibraryStore } from '../store/library-store'
export { readDocumentFiles } from '../store/document-files'
export {
  NewerDataError,
  UnreadableFileError,
  readJsonFile,
  writeFileDurably
} from '../store/durable-json-file'

// The log file in the data folder, and the app's own updates (the policy lives in src/shared).
export { openAppLog } from '../logs/app-log'
export type { AppLog } from '../logs/app-log'
export type { HostPlatform } from '../services/platform'
export { UpdateController } from '../updates/update-controller'
export type { Timers, Updater, UpdateControllerOptions } from '../updates/update-controller'
// The team desk: setting one up (the CLI), the credential port (the hosts), the engine (benches).
export { addDeskUser, DeskAdminError, initDesk, splitDeskUrl } from '../desk/desk-admin'
export type { DeskInitResult, ServerAdmin } from '../desk/desk-admin'
export { memoryVault } from '../desk/credential-vault'
export type { CredentialVault, DeskCredentials } from '../desk/credential-vault'
export { DeskSync } from '../desk/desk-engine'
