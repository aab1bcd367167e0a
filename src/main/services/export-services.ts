/**
 * Exports: rendered by the shared exporters, then downloaded (browser host) or saved where the
 * user chooses (desktop): one file through the save dialog, or many into a chosen folder.
 */
import { randomBytes } from 'node:crypto'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ExportFormat, ExportedFile, Services } from '../../shared/contract'
import { uniqueFileNames } from '../../shared/export/file-names'
import { ApiFailure } from '../../shared/result'
import { readReviewer } from './reviewer-services'
import { deskPublishing } from './publishing-services'
import { findEntry, type ServiceDeps } from './service-deps'

type ExportServices = Pick<
  Services,
  'exportDocument' | 'saveExport' | 'chooseExportFolder' | 'saveToExportFolder'
>

const desktopOnly = (what: string) =>
  new ApiFailure('unsupported', `${what} is only available in the desktop app.`)

export function exportServices({ store, platform, now, version, desk }: ServiceDeps): ExportServices {
  /** Folders chosen in this session, by id: the renderer never holds a path. */
  const folders = new Map<string, { path: string; names: Set<string> }>()

  const render = async (documentId: string, format: ExportFormat): Promise<ExportedFile> => {
    findEntry(store, documentId)
    const document = await store.openDocument(documentId)
    // The exporters (Markdown and YAML writers among them) load on the first export, not at start.
    const { renderExport } = await import('../../shared/export/render')
    return renderExport(document, format, {
      exportedAt: now().toISOString(),
      generator: `Claimcheck ${version}`,
      reviewer: await readReviewer(store.dataDir),
      place: store.index.places[documentId] ?? null,
      desk: format === 'claimreview' ? await deskPublishing(document, { store, desk }) : null
    })
  }

  return {
    exportDocument: ({ documentId, format }) => render(documentId, format),

    async saveExport({ documentId, format }) {
      if (!platform.chooseSavePath) throw desktopOnly('Saving through a dialog')
      const file = await render(documentId, format)
      const location = await platform.chooseSavePath(file.fileName)
      if (!location) return { saved: false, location: null }
      await writeFile(location, file.content, 'utf8')
      return { saved: true, location }
    },

    async chooseExportFolder() {
      if (!platform.chooseFolder) throw desktopOnly('Exporting into a folder')
      const path = await platform.chooseFolder()
      if (!path) return { folderId: null, location: null }
      const folderId = randomBytes(12).toString('hex')
      folders.set(folderId, { path, names: new Set(await readdir(path)) })
      return { folderId, location: path }
    },

    async saveToExportFolder({ folderId, documentId, format }) {
      const folder = folders.get(folderId)
      if (!folder) throw new ApiFailure('not-found', 'Choose the folder to export into again.')
      const file = await render(documentId, format)
      const [fileName = file.fileName] = uniqueFileNames([file.fileName], folder.names)
      folder.names.add(fileName)
      // `wx`: never overwrite a file that appeared in the folder since it was listed.
      await writeFile(join(folder.path, fileName), file.content, { encoding: 'utf8', flag: 'wx' })
      return { fileName }
    }
  }
}
