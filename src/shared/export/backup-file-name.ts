/** How a backup file is named; free of schemas, so the renderer can tell a backup by its name. */
export const BACKUP_EXTENSION = 'claimcheck.json'

/** True when a file's name says it is a Claimcheck backup. */
export function isBackupFileName(fileName: string): boolean {
  return fileName.toLowerCase().endsWith(`.${BACKUP_EXTENSION}`)
}
