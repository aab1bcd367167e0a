/**
 * Schema migrations: each data file carries `schemaVersion`; a file written by an older Claimcheck
 * is brought up to date by pure steps (version n → n + 1) before it is validated. A file written
 * by a newer Claimcheck is refused without being touched.
 */
export type MigrationStep = (data: Record<string, unknown>) => Record<string, unknown>

/** Steps keyed by the version they upgrade from. Version 1 is the first: nothing to migrate yet. */
export type MigrationSteps = Readonly<Record<number, MigrationStep>>

export type MigrationOutcome =
  | { kind: 'current'; data: unknown }
  | { kind: 'migrated'; data: unknown; from: number }
  | { kind: 'newer'; version: number }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function migrate(raw: unknown, current: number, steps: MigrationSteps): MigrationOutcome {
  if (!isRecord(raw) || typeof raw['schemaVersion'] !== 'number') return { kind: 'current', data: raw }
  const from = raw['schemaVersion']
  if (from > current) return { kind: 'newer', version: from }
  let data = raw
  for (let version = from; version < current; version++) {
    const step = steps[version]
    // Without a step the schema check that follows reports the file as unreadable.
    if (!step) return { kind: 'current', data }
    data = { ...step(data), schemaVersion: version + 1 }
  }
  return from === current ? { kind: 'current', data } : { kind: 'migrated', data, from }
}
