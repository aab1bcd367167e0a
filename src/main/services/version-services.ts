/**
 * Earlier versions of a document, kept by the store on each save: listed with what they held,
 * and restored as a change like any other (so the version restored over is kept in turn).
 */
import type { Services } from '../../shared/contract'
import { entryFor } from '../../shared/library/entry'
import type { ServiceDeps } from './service-deps'
import { findEntry } from './service-deps'

export function versionServices({ store }: ServiceDeps): Pick<Services, 'listVersions' | 'restoreVersion'> {
  return {
    async listVersions({ documentId }) {
      findEntry(store, documentId)
      const versions = []
      for (const version of await store.listVersions(documentId)) {
        try {
          const document = await store.readVersion(documentId, version.versionId)
          const { title, claimCount, counts } = entryFor(document)
          versions.push({ versionId: version.versionId, savedAt: version.savedAt, title, claimCount, counts })
        } catch {
          // A version that cannot be read is not offered.
        }
      }
      return versions
    },
    async restoreVersion({ documentId, versionId }) {
      findEntry(store, documentId)
      const earlier = await store.readVersion(documentId, versionId)
      let textChanged = false
      const { entry } = await store.changeDocument(documentId, (current) => {
        textChanged = current.text !== earlier.text
        const { trashedAt: _trashedAt, ...restored } = earlier
        return { ...restored, ...(current.trashedAt ? { trashedAt: current.trashedAt } : {}) }
      })
      if (textChanged) {
        // The reading place points into the text it was saved with.
        await store.updateIndex((index) => {
          delete index.places[documentId]
        })
      }
      return entry
    }
  }
}
