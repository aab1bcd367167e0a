/**
 * The steps that bring Claimcheck's own files up to date, keyed by the version they upgrade from
 * (see migrations.ts). Each is pure, and a file is only rewritten in the new shape when it is
 * next saved.
 */
import type { MigrationSteps } from './migrations'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const documentMigrations: MigrationSteps = {
  /** Version 1 kept orphans beside the annotations; they are annotations and live with them now. */
  1: ({ orphans, ...document }) => {
    const annotations = isRecord(document['annotations']) ? document['annotations'] : {}
    return Array.isArray(orphans) && orphans.length
      ? { ...document, annotations: { ...annotations, orphans } }
      : { ...document, annotations }
  },
  /** Version 3 stores a document as two files; the document itself is the same (the store splits it). */
  2: (document) => document
}

/**
 * The library index did not change shape from version 1 to 3; at 3 it marks a folder whose
 * documents may be split in two files, which an older Claimcheck must not open.
 */
export const libraryMigrations: MigrationSteps = {
  1: (index) => index,
  2: (index) => index
}
