/**
 * The desktop app's side of the port: the preload's `window.claimcheck` carries the API; links go
 * to the system browser, exports to a file chosen in the native save dialog, and imports start from
 * the native open dialog, with main reading the file.
 */
import type { Api } from '../../../shared/contract'
import type { HostPort } from './host-port'

export function electronPort(api: Api): HostPort {
  return {
    api,
    openLink: (url) => void api.openExternal({ url }),
    deliverExport: async (documentId, format) => {
      const result = await api.saveExport({ documentId, format })
      if (!result.ok) return result
      return { ok: true, value: result.value.saved ? `Exported to ${result.value.location}` : null }
    },
    deliverAllClaimsExport: async (filter, format, desk) => {
      const result = await api.saveAllClaimsExport({ filter, format, ...(desk ? { desk } : {}) })
      if (!result.ok) return result
      return { ok: true, value: result.value.saved ? `Exported to ${result.value.location}` : null }
    },
    deliverLibraryExport: async (documentIds, format, onProgress) => {
      const folder = await api.chooseExportFolder({})
      if (!folder.ok) return folder
      const { folderId, location } = folder.value
      if (!folderId) return { ok: true, value: null }
      for (const [done, documentId] of documentIds.entries()) {
        onProgress(done, documentIds.length)
        const saved = await api.saveToExportFolder({ folderId, documentId, format })
        if (!saved.ok) return saved
      }
      onProgress(documentIds.length, documentIds.length)
      // Shared with the zip writer's module, which loads only for a library export.
      const { countDocuments } = await import('../export/library-zip')
      return {
        ok: true,
        value: `Exported ${countDocuments(documentIds.length)} to ${location ?? 'the folder'}`
      }
    },
    pickAndImport: (steps) => steps.importThrough('the chosen file', () => api.importFromDialog({}))
  }
}
