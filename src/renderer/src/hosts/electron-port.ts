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
    pickAndImport: (steps) => steps.importThrough('the chosen file', () => api.importFromDialog({}))
  }
}
