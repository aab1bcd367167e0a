/**
 * The API's method names, and nothing else: what the preload and the renderer's HTTP client need to
 * build one function per method without loading the contract's schemas (zod would make the preload
 * 190 KB). `method-names.test.ts` keeps this list equal to the contract's keys.
 */
import type { MethodName } from './contract'

export const methodNames = [
  'getStartup',
  'listDocuments',
  'openDocument',
  'applyChange',
  'exportDocument',
  'saveExport',
  'openExternal',
  'getReadingSettings',
  'saveReadingSettings',
  'importFile',
  'getImportProgress',
  'importFromDialog',
  'importFromWeb',
  'webImportProgress',
  'cancelWebImport',
  'resolveImport',
  'renameDocument',
  'trashDocument',
  'restoreDocument',
  'listTrash',
  'emptyTrash',
  'getReadingPlace',
  'saveReadingPlace',
  'listVersions',
  'restoreVersion',
  'getReviewer',
  'saveReviewer',
  'importBackup',
  'resolveBackupImport',
  'chooseExportFolder',
  'saveToExportFolder',
  'importAnnotations',
  'matchClaims',
  'listFactChecks',
  'removeFactCheck',
  'listAllClaims',
  'exportAllClaims',
  'saveAllClaimsExport',
  'searchLibrary',
  'getUpdateStatus',
  'setAutomaticUpdates',
  'restartToUpdate'
] as const satisfies readonly MethodName[]

/** A compile error here names a contract method missing from the list above. */
export type MissingMethodNames = Exclude<MethodName, (typeof methodNames)[number]>
const everyMethodListed: [MissingMethodNames] extends [never] ? true : MissingMethodNames = true
void everyMethodListed
