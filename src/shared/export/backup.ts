/**
 * The backup (`.claimcheck.json`): one document exactly as the store keeps it — text, structure,
 * every claim review with its status history, highlights and orphans — in a versioned envelope.
 * Reading one back checks it against the same schema as a document file, so a backup can bring
 * back nothing that the store would not accept.
 */
import { z } from 'zod'
export { BACKUP_EXTENSION, isBackupFileName } from './backup-file-name'
import { documentMigrations } from '../data-migrations'
import { migrate } from '../migrations'
import { ReadingPlace, SCHEMA_VERSION, StoredDocument } from '../model'
import { ApiFailure } from '../result'

export const BACKUP_FORMAT = 'claimcheck-backup'
const BACKUP_VERSION = 1

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  generator: z.string(),
  document: StoredDocument,
  /** Where the reader was, so the restored document reopens there. */
  place: ReadingPlace.nullable().default(null)
})
export type Backup = z.infer<typeof Backup>

export interface BackupOptions {
  exportedAt: string
  /** The app and its version, e.g. "Claimcheck 0.1.0". */
  generator: string
  place?: ReadingPlace | null
}

export function exportBackup(document: StoredDocument, options: BackupOptions): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_VERSION,
    exportedAt: options.exportedAt,
    generator: options.generator,
    // Parsed, so keys come in the schema's order however the document was built: the same
    // document always gives the same bytes.
    document: StoredDocument.parse(document),
    place: options.place ?? null
  }
  return `${JSON.stringify(backup, null, 2)}\n`
}

const refused = (fileName: string, reason: string) =>
  new ApiFailure('bad-file', `“${fileName}” cannot be restored: ${reason}. Nothing was changed.`)

/** Reads a backup, or fails with a message that says what is wrong with the file. */
export function parseBackup(fileName: string, text: string): Backup {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw refused(fileName, 'it is not JSON')
  }
  const envelope = z.object({ format: z.literal(BACKUP_FORMAT), document: z.unknown() }).safeParse(json)
  if (!envelope.success) throw refused(fileName, 'it is not a Claimcheck backup')
  const migrated = migrate(envelope.data.document, SCHEMA_VERSION, documentMigrations)
  if (migrated.kind === 'newer') {
    throw refused(fileName, `it was written by a newer Claimcheck (data version ${migrated.version})`)
  }
  const parsed = Backup.safeParse({ ...(json as object), document: migrated.data })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    throw refused(
      fileName,
      `its contents do not match a Claimcheck document${where} (${issue?.message ?? 'invalid'})`
    )
  }
  return parsed.data
}
