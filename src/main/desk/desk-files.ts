/**
 * The desk's two files in the data folder, durable like the library's (temp file, fsync, rename):
 * `desk/replica.json`, what this machine holds of the desk (the records other members wrote, their
 * revisions and where the changes feed stopped; articles only as their claims, since each pulled
 * article is a document in the library), and `desk/outbox.json`, the records waiting to be sent,
 * which survives kill -9. Neither holds a password. An unreadable file is kept aside and the desk
 * starts that part afresh (the outbox is rebuilt from the library's desk documents).
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { DocumentId, Timestamp } from '../../shared/ids'
import { deskRoles } from '../../shared/desk/desk-types'
import { AssignmentRecord, EventRecord, ReviewRecord, SignoffRecord } from '../../shared/desk/records'
import type { Outbox } from '../../shared/desk/outbox'
import { PublishingRecord } from '../../shared/desk/publishing-records'
import { DurableJsonFile, UnreadableFileError } from '../store/durable-json-file'
import { damagedNotice, moveAside } from '../store/folder-check'

export const DESK_FOLDER = 'desk'

const Connection = z
  .object({ url: z.string().max(2048), name: z.string().max(64), role: z.enum(deskRoles) })
  .strict()
export type DeskConnection = z.infer<typeof Connection>

const StoredRecord = z.discriminatedUnion('type', [
  ReviewRecord,
  SignoffRecord,
  AssignmentRecord,
  EventRecord
])
export type StoredRecord = z.infer<typeof StoredRecord>

export const ArticleStub = z
  .object({
    title: z.string().max(500),
    sharedBy: z.string().max(64),
    sharedAt: Timestamp,
    claimIds: z.array(z.string().max(10))
  })
  .strict()
export type ArticleStub = z.infer<typeof ArticleStub>

const Refusal = z
  .object({ recordId: z.string().max(300), reason: z.string().max(2000), at: Timestamp })
  .strict()

export const ReplicaFile = z
  .object({
    deskFormat: z.literal(1),
    desk: Connection.nullable(),
    since: z.string().max(1000),
    revs: z.record(z.string().max(300), z.string().max(200)),
    articles: z.record(DocumentId, ArticleStub),
    records: z.record(z.string().max(300), StoredRecord),
    /** Notes from losing revisions (`_conflicts`): deskDocId → member → claimId → notes. */
    conflictNotes: z.record(
      DocumentId,
      z.record(z.string().max(64), z.record(z.string().max(10), z.array(z.string())))
    ),
    /** Records from the server that were not taken, with why (newest last, a few kept). */
    refusedIncoming: z.array(Refusal).max(100),
    /** The desk's publishing records by id (rating scale, claims' details); absent in older files. */
    publishing: z.record(z.string().max(300), PublishingRecord).optional()
  })
  .strict()
export type ReplicaFile = z.infer<typeof ReplicaFile>

export const emptyReplica = (desk: DeskConnection | null = null): ReplicaFile => ({
  deskFormat: 1,
  desk,
  since: '0',
  revs: {},
  articles: {},
  records: {},
  conflictNotes: {},
  refusedIncoming: [],
  publishing: {}
})

const OutboxFile = z
  .object({
    deskFormat: z.literal(1),
    entries: z
      .array(
        z
          .object({
            recordId: z.string().max(300),
            record: z.record(z.string(), z.unknown()),
            queuedAt: z.string().max(60),
            refused: z
              .object({ reason: z.string().max(2000), at: Timestamp })
              .strict()
              .optional()
          })
          .strict()
      )
      .max(100_000)
  })
  .strict()

export class DeskFiles {
  readonly replicaFile: DurableJsonFile<ReplicaFile>
  readonly outboxFile: DurableJsonFile<z.infer<typeof OutboxFile>>

  constructor(
    private readonly dataDir: string,
    private readonly warn: (message: string) => void
  ) {
    this.replicaFile = new DurableJsonFile(join(dataDir, DESK_FOLDER, 'replica.json'), ReplicaFile)
    this.outboxFile = new DurableJsonFile(join(dataDir, DESK_FOLDER, 'outbox.json'), OutboxFile)
  }

  async load(): Promise<{ replica: ReplicaFile; outbox: Outbox }> {
    await mkdir(join(this.dataDir, DESK_FOLDER), { recursive: true })
    const replica = (await this.readOrSetAside(this.replicaFile)) ?? emptyReplica()
    const outbox = (await this.readOrSetAside(this.outboxFile)) ?? { deskFormat: 1 as const, entries: [] }
    return { replica, outbox: { entries: outbox.entries } }
  }

  saveReplica(replica: ReplicaFile): Promise<unknown> {
    return this.replicaFile.save(replica)
  }

  saveOutbox(outbox: Outbox): Promise<unknown> {
    return this.outboxFile.save({ deskFormat: 1, entries: outbox.entries })
  }

  private async readOrSetAside<T>(file: DurableJsonFile<T>): Promise<T | null> {
    try {
      return await file.read()
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error
      const damaged = await moveAside(this.dataDir, error.filePath, error.reason)
      this.warn(damagedNotice(this.dataDir, [damaged]))
      return null
    }
  }
}
