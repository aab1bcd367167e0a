/** What an imported file's name says: its format, and a title when the file has none. */
import { isBackupFileName } from '../export/backup-file-name'

export type ImportFormat = 'text' | 'markdown' | 'html' | 'pdf'

const formatsByExtension: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf'
}

export const importExtensions = Object.keys(formatsByExtension).map((extension) => `.${extension}`)

export function formatOfFileName(fileName: string): ImportFormat | null {
  const match = /\.([a-z0-9]+)$/i.exec(fileName)
  return match?.[1] ? (formatsByExtension[match[1].toLowerCase()] ?? null) : null
}

/** `river-report_2024.md` → `river report 2024`. */
export function titleFromFileName(fileName: string): string {
  const base = fileName
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim()
  return base || 'Untitled'
}

/** A W3C Web Annotation file (ours, or Hypothesis's export): `.jsonld`, or `.json` that is not a backup. */
export function isAnnotationFileName(fileName: string): boolean {
  const name = fileName.toLowerCase()
  return name.endsWith('.jsonld') || (name.endsWith('.json') && !isBackupFileName(name))
}
