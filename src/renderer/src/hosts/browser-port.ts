/**
 * The browser host's side of the port: the API over HTTP with the launch token; links open in a new
 * tab with no opener and no referrer, exports download, and imports start from the browser's file
 * picker, with the page reading the file.
 */
import type { ExportedFile } from '../../../shared/contract'
import { importExtensions } from '../../../shared/import/file-name'
import { TOKEN_STORAGE_KEY } from '../../../shared/wire'
import type { HostPort } from './host-port'
import { hostConnection } from './host-connection'
import { httpApi } from './http-api'

/**
 * The token arrives in the URL once; it is removed from the address bar and kept in this origin's
 * storage, so a reload, another tab or a bookmark of the bare address works. The host keeps it
 * across restarts (main/web/host-address.ts).
 */
function takeToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    localStorage.setItem(TOKEN_STORAGE_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url)
    return fromUrl
  }
  return localStorage.getItem(TOKEN_STORAGE_KEY) ?? ''
}

function download(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  URL.revokeObjectURL(url)
}

/** Shows the browser's file picker; answers the chosen file, or null when the user cancelled. */
function chooseFile(accept: readonly string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept.join(',')
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => resolve(null), { once: true })
    input.click()
  })
}

export function browserPort(): HostPort {
  const connection = hostConnection()
  const api = httpApi(takeToken(), undefined, connection.lost)
  return {
    api,
    openLink: (url) => void window.open(url, '_blank', 'noopener,noreferrer'),
    deliverExport: async (documentId, format) => {
      const result = await api.exportDocument({ documentId, format })
      if (!result.ok) return result
      const { fileName, mimeType, content } = result.value
      download(fileName, new Blob([content], { type: `${mimeType};charset=utf-8` }))
      return { ok: true, value: `Downloaded ${result.value.fileName}` }
    },
    deliverLibraryExport: async (documentIds, format, onProgress) => {
      const files: ExportedFile[] = []
      for (const documentId of documentIds) {
        onProgress(files.length, documentIds.length)
        const result = await api.exportDocument({ documentId, format })
        if (!result.ok) return result
        files.push(result.value)
      }
      onProgress(files.length, documentIds.length)
      // The zip writer loads when a library is exported, not with the page.
      const { countDocuments, libraryZipName, zipExports } = await import('../export/library-zip')
      const fileName = libraryZipName(format)
      const bytes = zipExports(files)
      download(fileName, new Blob([bytes.slice().buffer], { type: 'application/zip' }))
      return { ok: true, value: `Downloaded ${fileName} with ${countDocuments(files.length)}` }
    },
    deliverAllClaimsExport: async (filter, format, desk) => {
      const result = await api.exportAllClaims({ filter, format, ...(desk ? { desk } : {}) })
      if (!result.ok) return result
      const { fileName, mimeType, content } = result.value
      download(fileName, new Blob([content], { type: `${mimeType};charset=utf-8` }))
      return { ok: true, value: `Downloaded ${fileName}` }
    },
    pickAndImport: async (steps) => {
      // Backups (.claimcheck.json) come back through the same picker.
      const file = await chooseFile([...importExtensions, '.json', '.jsonld'])
      if (file) await steps.importFile(file)
    }
  }
}
