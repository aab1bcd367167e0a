/**
 * The outbox's pure logic: what is waiting to be sent to the desk. One entry per record id (a
 * newer version of a member's review replaces the one waiting: only the latest matters), the
 * backoff between attempts while the server is away, and refusals kept with the server's reason.
 */

export interface OutboxEntry {
  recordId: string
  /** The record as it should be on the server (no `_rev`: the engine adds the one it knows). */
  record: Record<string, unknown>
  queuedAt: string
  /** Set when the server refused it: kept, shown, never dropped in silence. */
  refused?: { reason: string; at: string }
}

export interface Outbox {
  entries: OutboxEntry[]
}

/** Puts a record in the outbox, replacing any version of it still waiting or refused. */
export function enqueue(outbox: Outbox, entry: OutboxEntry): Outbox {
  const others = outbox.entries.filter((candidate) => candidate.recordId !== entry.recordId)
  return { entries: [...others, entry] }
}

/** The entries to try now: waiting ones, oldest first (refused ones wait for a new version). */
export function pending(outbox: Outbox, limit = 100): OutboxEntry[] {
  return outbox.entries.filter((entry) => !entry.refused).slice(0, limit)
}

/**
 * Removes an entry once the server has it — unless a newer version was queued meanwhile (a
 * different `queuedAt`), which then stays to be sent.
 */
export function settle(outbox: Outbox, sent: Pick<OutboxEntry, 'recordId' | 'queuedAt'>): Outbox {
  return {
    entries: outbox.entries.filter(
      (entry) => !(entry.recordId === sent.recordId && entry.queuedAt === sent.queuedAt)
    )
  }
}

export function markRefused(
  outbox: Outbox,
  sent: Pick<OutboxEntry, 'recordId' | 'queuedAt'>,
  reason: string,
  at: string
): Outbox {
  return {
    entries: outbox.entries.map((entry) =>
      entry.recordId === sent.recordId && entry.queuedAt === sent.queuedAt
        ? { ...entry, refused: { reason, at } }
        : entry
    )
  }
}

export const BACKOFF_FIRST_MS = 500
export const BACKOFF_MAX_MS = 30_000

/**
 * How long to wait before attempt `failures + 1` after `failures` failed in a row: doubling from
 * half a second to at most thirty, with up to a quarter of random spread (`random` in [0, 1)) so a
 * newsroom's machines do not all knock at once when the server comes back.
 */
export function backoffDelay(failures: number, random: number): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.max(0, failures - 1))
  return Math.round(base * (1 + 0.25 * random))
}
