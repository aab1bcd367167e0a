/**
 * The services behind the API contract: plain functions over the store and the host platform,
 * grouped by area. They know nothing about Electron or HTTP; both hosts bind them via `dispatch`.
 * The return type makes the compiler reject a contract method without a service.
 */
import type { Services } from '../../shared/contract'
import { annotationImportServices } from './annotation-import-services'
import { annotationServices } from './annotation-services'
import { backupImportServices } from './backup-import-services'
import { allClaimsServices } from './all-claims-services'
import { reviewerServices } from './reviewer-services'
import { exportServices } from './export-services'
import { libraryServices } from './library-services'
import { importServices } from './import-services'
import { linkServices } from './link-services'
import { matchingServices } from './matching-services'
import { ClaimMatcher } from '../matching/claim-matcher'
import { FactCheckStore } from '../store/fact-check-store'
import { readingPlaceServices } from './reading-place-services'
import { renameAndTrashServices } from './rename-and-trash-services'
import { settingsServices } from './settings-services'
import { versionServices } from './version-services'
import type { ServiceDeps } from './service-deps'

export type { ServiceDeps } from './service-deps'

/** What the caller gives: the clock, the fact-check store and the matcher have defaults. */
export type ServiceOptions = Omit<ServiceDeps, 'now' | 'factChecks' | 'matcher'> &
  Partial<Pick<ServiceDeps, 'now' | 'factChecks' | 'matcher'>>

export function createServices(deps: ServiceOptions): Services {
  const factChecks =
    deps.factChecks ?? new FactCheckStore(deps.store.dataDir, (message) => deps.store.warn(message))
  const full: ServiceDeps = {
    now: () => new Date(),
    factChecks,
    matcher: deps.matcher ?? new ClaimMatcher(deps.store, factChecks, deps.claimIndex?.()),
    ...deps
  }
  const backups = backupImportServices(full)
  return {
    ...libraryServices(full),
    ...annotationServices(full),
    ...exportServices(full),
    ...linkServices(full),
    // A backup chosen in the open dialog is restored by the backup services.
    ...importServices(full, backups.importBackup),
    ...renameAndTrashServices(full),
    ...readingPlaceServices(full),
    ...settingsServices(full),
    ...versionServices(full),
    ...reviewerServices(full),
    ...backups,
    ...annotationImportServices(full),
    ...matchingServices(full),
    ...allClaimsServices(full)
  }
}
