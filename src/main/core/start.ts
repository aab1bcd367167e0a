/**
 * The core's second front door, for what a host does before it loads the core: find and lock the
 * data folder, serve the renderer's files, and the first screen the last run left. Nothing behind
 * it loads the store, the services or a schema library, so the browser host can answer in the time
 * Node takes to start (the build keeps these modules in a small chunk of their own).
 */
export { resolveDataDir } from '../data-dir'
export { lockDataFolder } from '../store/data-lock'
export { readStaticFile } from '../renderer-files'
export type { StaticFile } from '../renderer-files'
export { appPageOf, isAppPage, withFirstScreenPage } from '../first-screen/app-page'
export { readFirstScreenFile } from '../first-screen/first-screen-file'
export type { FirstScreen } from '../../shared/first-screen/first-screen-page'
