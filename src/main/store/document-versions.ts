/** A document's kept versions: one read back and checked like the document itself, to restore it. */
import type { StoredDocument } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import type { Backups } from './backups'
import { NewerDataError, UnreadableFileError } from './durable-json-file'
import { documentBackups, readDocumentFile } from './store-layout'

export async function readKeptVersion(
  backups: Backups,
  id: string,
  versionId: string
): Promise<StoredDocument> {
  const path = await backups.find(documentBackups(id), versionId)
  if (!path) throw new ApiFailure('not-found', 'That earlier version is no longer kept.')
  try {
    const document = await readDocumentFile(path)
    if (!document || document.id !== id) throw new UnreadableFileError(path, 'it is another document')
    return document
  } catch (error) {
    if (error instanceof UnreadableFileError || error instanceof NewerDataError) {
      throw new ApiFailure('bad-file', `That earlier version cannot be restored: ${error.message}.`)
    }
    throw error
  }
}
