/** Exports: rendered in the shared exporters, downloaded (browser) or saved through a dialog (desktop). */
import { writeFile } from 'node:fs/promises'
import type { ExportFormat, ExportedFile, Services } from '../../shared/contract'
import { exportFileName, exportMarkdown } from '../../shared/export/markdown'
import { ApiFailure, missingCase } from '../../shared/result'
import { findEntry, type ServiceDeps } from './service-deps'

export function exportServices({
  store,
  platform,
  now
}: ServiceDeps): Pick<Services, 'exportDocument' | 'saveExport'> {
  const renderExport = async (documentId: string, format: ExportFormat): Promise<ExportedFile> => {
    findEntry(store, documentId)
    const document = await store.openDocument(documentId)
    switch (format) {
      case 'markdown':
        return {
          fileName: exportFileName(document.title, 'md'),
          mimeType: 'text/markdown',
          content: exportMarkdown(document, { exportedAt: now().toISOString() })
        }
      default:
        return missingCase(format)
    }
  }

  return {
    async exportDocument({ documentId, format }) {
      return renderExport(documentId, format)
    },

    async saveExport({ documentId, format }) {
      if (!platform.chooseSavePath) {
        throw new ApiFailure('unsupported', 'Saving through a dialog is only available in the desktop app.')
      }
      const file = await renderExport(documentId, format)
      const location = await platform.chooseSavePath(file.fileName)
      if (!location) return { saved: false, location: null }
      await writeFile(location, file.content, 'utf8')
      return { saved: true, location }
    }
  }
}
