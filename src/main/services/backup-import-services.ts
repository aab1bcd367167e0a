/**
 * Restoring a backup (`.claimcheck.json`): the document comes back exactly as it was, under its own
 * id. If that document is still in the library (or the trash), the user is asked first: replace it
 * (the current version is kept among its earlier versions), keep both, or cancel.
 */
import { randomBytes } from 'node:crypto'
import type { BackupImportOutcome, Services } from '../../shared/contract'
import { parseBackup, type Backup } from '../../shared/export/backup'
import type { LibraryEntry } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import { newDocumentId } from './document-id'
import type { ServiceDeps } from './service-deps'

/** Questions waiting for an answer; a few at most, so the oldest is dropped past this. */
const MAX_PENDING = 8

export function backupImportServices({
  store
}: ServiceDeps): Pick<Services, 'importBackup' | 'resolveBackupImport'> {
  const pending = new Map<string, Backup>()

  const listed = (id: string): LibraryEntry | undefined =>
    store.index.documents.find((entry) => entry.id === id) ??
    store.index.trash.find((entry) => entry.id === id)

  const restore = async (backup: Backup, id: string): Promise<BackupImportOutcome> => {
    const { trashedAt: _trashed, ...document } = backup.document
    const entry = await store.createDocument({ ...document, id })
    if (backup.place) {
      const place = backup.place
      await store.updateIndex((index) => {
        index.places[id] = place
      })
    }
    return { status: 'imported', entry }
  }

  return {
    async importBackup({ fileName, text }) {
      const backup = parseBackup(fileName, text)
      const existing = listed(backup.document.id)
      if (!existing) return restore(backup, backup.document.id)
      const pendingId = randomBytes(12).toString('hex')
      pending.set(pendingId, backup)
      if (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value as string)
      return { status: 'needs-decision', pendingId, title: backup.document.title, existing }
    },

    async resolveBackupImport({ pendingId, decision }) {
      const backup = pending.get(pendingId)
      if (!backup)
        throw new ApiFailure('not-found', 'That restore is no longer waiting; import the backup again.')
      pending.delete(pendingId)
      if (decision === 'cancel') return { status: 'cancelled' }
      const id = backup.document.id
      if (decision === 'keep-both' || !listed(id)) {
        return restore(backup, decision === 'keep-both' ? newDocumentId(backup.document.title) : id)
      }
      const { trashedAt: _trashed, ...document } = backup.document
      const { entry } = await store.changeDocument(id, () => document)
      return { status: 'imported', entry }
    }
  }
}
