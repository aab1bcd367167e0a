/**
 * What happens to a file the OS opened with Claimcheck: a document already in the library with the
 * same text is simply opened; anything else goes through the window's own Import (the same
 * pipeline, question and messages as Import…), with main supplying the path instead of a dialog.
 * A backup restores its document, or opens it when that document is still there.
 */
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Services } from '../../shared/contract'
import { isBackupFileName } from '../../shared/export/backup-file-name'
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../shared/import/limits'
import type { MenuCommand } from '../../shared/menu-commands'
import { type ArticleBuilder, findPreviousVersion, type LibraryStore } from '../core'

export interface OpenFromOsDeps {
  store: LibraryStore
  services: Pick<Services, 'importBackup' | 'resolveBackupImport'>
  articleBuilder: ArticleBuilder
  /** Hands the path to the next import (the platform's chooseImportFile answers with it). */
  offerToImport: (path: string) => void
  send: (command: MenuCommand) => void
  /** Remembered by the OS (jump list, dock menu) once the file is in. */
  addRecentDocument: (path: string) => void
}

async function readWithinLimit(path: string): Promise<Buffer> {
  const { size } = await stat(path)
  if (size > MAX_IMPORT_BYTES) throw new Error(tooLargeMessage(basename(path), size))
  return readFile(path)
}

export async function openFromOs(path: string, deps: OpenFromOsDeps): Promise<void> {
  const fileName = basename(path)
  const bytes = await readWithinLimit(path)
  if (isBackupFileName(fileName)) {
    const outcome = await deps.services.importBackup({ fileName, text: bytes.toString('utf8') })
    if (outcome.status === 'imported') deps.send({ kind: 'open-document', documentId: outcome.entry.id })
    if (outcome.status === 'needs-decision') {
      await deps.services.resolveBackupImport({ pendingId: outcome.pendingId, decision: 'cancel' })
      deps.send({ kind: 'open-document', documentId: outcome.existing.id })
    }
    deps.addRecentDocument(path)
    return
  }
  const article = await deps.articleBuilder.build({ fileName, bytes })
  const previous = findPreviousVersion(deps.store, article)
  if (previous && (await deps.store.openDocument(previous.id)).text === article.text) {
    deps.send({ kind: 'open-document', documentId: previous.id })
  } else {
    deps.offerToImport(path)
    deps.send({ kind: 'import' })
  }
  deps.addRecentDocument(path)
}
