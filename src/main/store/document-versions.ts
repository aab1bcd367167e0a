/**
 * A document's kept versions: one read back and checked like the document itself, to restore it.
 * A kept version is a review (and the article it names, kept while a version names it) or a whole
 * document saved before the split.
 */
import type { StoredDocument } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import type { Backups } from './backups'
import { readDocumentAt } from './document-files'
import { NewerDataError, UnreadableFileError } from './durable-json-file'
import { documentBackups } from './store-layout'

export async function readKeptVersion(
  dataDir: string,
  backups: Backups,
  id: string,
  versionId: string
): Promise<StoredDocument> {
  const path = await backups.find(documentBackups(id), versionId)
  if (!path) throw new ApiFailure('not-found', 'That earlier version is no longer kept.')
  try {
    const read = await readDocumentAt(dataDir, id, path)
    if (!read || read.document.id !== id) throw new UnreadableFileError(path, 'it is another document')
    return read.document
  } catch (error) {
    if (error instanceof UnreadableFileError || error instanceof NewerDataError) {
      throw new ApiFailure('bad-file', `That earlier version cannot be restored: ${error.message}.`)
    }
    throw error
  }
}
