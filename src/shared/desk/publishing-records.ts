/**
 * The desk's publishing settings as desk records, so every member's ClaimReview export of a desk
 * document says the same thing whatever machine it runs on: the desk's rating scale (one record,
 * `publishing:scale`) and each desk claim's publishing details (fact-check address, claimant,
 * where and when it appeared, chosen rating: `publishing:<document>:<claim>`, like a sign-off).
 * Only editors write them (the server's rules check it); the editor's latest write replaces the
 * one on the desk. Kept beside records.ts: they are read by their own path, as the scale belongs to
 * no desk document.
 */
import { z } from 'zod'
import { ClaimId, DocumentId, Timestamp } from '../ids'
import { parseRecordAs, RecordMemberName, type ParsedRecord } from './records'
import type {
  ClaimPublishing as ClaimPublishingType,
  RatingScale as RatingScaleType
} from './view/publishing-scale'
import { ClaimPublishing, RatingScale } from './view/publishing-settings'

export const PUBLISHING_SCALE_ID = 'publishing:scale'

export const PublishingScaleRecord = z
  .object({
    type: z.literal('publishing-scale'),
    ratingScale: RatingScale,
    editor: RecordMemberName,
    at: Timestamp
  })
  .strict()
export type PublishingScaleRecord = z.infer<typeof PublishingScaleRecord>

export const ClaimPublishingRecord = z
  .object({
    type: z.literal('claim-publishing'),
    deskDocId: DocumentId,
    claimId: ClaimId,
    details: ClaimPublishing,
    editor: RecordMemberName,
    at: Timestamp
  })
  .strict()
export type ClaimPublishingRecord = z.infer<typeof ClaimPublishingRecord>

export const PublishingRecord = z.discriminatedUnion('type', [PublishingScaleRecord, ClaimPublishingRecord])
export type PublishingRecord = z.infer<typeof PublishingRecord>

/** Whether a desk id names a publishing record (they are read by parsePublishingRecord). */
export const isPublishingRecordId = (id: string): boolean => id.startsWith('publishing:')

/** The id a publishing record must have: the server's rules check the same. */
export function publishingRecordId(record: PublishingRecord): string {
  return record.type === 'publishing-scale'
    ? PUBLISHING_SCALE_ID
    : `publishing:${record.deskDocId}:${record.claimId}`
}

export type ParsedPublishing = ParsedRecord<PublishingRecord>

/** A publishing record from the server (or the outbox), checked like every desk record. */
export function parsePublishingRecord(raw: unknown): ParsedPublishing {
  return parseRecordAs(
    raw,
    PublishingRecord,
    (id, record) => publishingRecordId(record) === id,
    'a publishing record'
  )
}

export interface DeskPublishingSettings {
  /** Null until an editor sets the desk's scale (exports then use Claimcheck's own two words). */
  ratingScale: RatingScaleType | null
  /** By desk document, then claim. */
  claims: Record<string, Record<string, ClaimPublishingType>>
}

/** What a member sees: the replica's publishing records with this machine's waiting ones on top. */
export function deskPublishingSettings(
  kept: Readonly<Record<string, PublishingRecord>>,
  waiting: readonly { recordId: string; record: Record<string, unknown>; refused?: unknown }[]
): DeskPublishingSettings {
  const records = new Map(Object.entries(kept))
  for (const entry of waiting) {
    if (entry.refused || !isPublishingRecordId(entry.recordId)) continue
    const parsed = parsePublishingRecord({ _id: entry.recordId, ...entry.record })
    if (parsed.ok) records.set(parsed.id, parsed.record)
  }
  const settings: DeskPublishingSettings = { ratingScale: null, claims: {} }
  for (const record of records.values()) {
    if (record.type === 'publishing-scale') settings.ratingScale = record.ratingScale
    else (settings.claims[record.deskDocId] ??= {})[record.claimId] = record.details
  }
  return settings
}
