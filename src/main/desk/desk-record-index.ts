/**
 * The replica's records by desk document, kept in memory so a view is built without scanning the
 * replica, and what a member sees now: the replica with this machine's waiting records on top.
 */
import type { DeskMember, DeskRole } from '../../shared/desk/desk-types'
import type { DeskDocumentRecords } from '../../shared/desk/desk-state'
import type { OutboxEntry } from '../../shared/desk/outbox'
import type {
  AssignmentRecord,
  DeskRecord,
  EventRecord,
  ReviewRecord,
  SignoffRecord
} from '../../shared/desk/records'
import type { ReplicaFile, StoredRecord } from './desk-files'

export interface DocRecords {
  reviews: Map<string, ReviewRecord>
  signoffs: Map<string, SignoffRecord>
  assignment: AssignmentRecord | null
  events: Map<string, EventRecord>
}

const emptyDocRecords = (): DocRecords => ({
  reviews: new Map(),
  signoffs: new Map(),
  assignment: null,
  events: new Map()
})

export class DeskRecordIndex {
  private byDoc = new Map<string, DocRecords>()

  rebuild(records: Record<string, StoredRecord>): void {
    this.byDoc = new Map()
    for (const [id, record] of Object.entries(records)) this.add(id, record)
  }

  add(id: string, record: StoredRecord): void {
    const records = this.of(record.deskDocId)
    switch (record.type) {
      case 'review':
        records.reviews.set(record.member, record)
        break
      case 'signoff':
        records.signoffs.set(record.claimId, record)
        break
      case 'assignment':
        records.assignment = record
        break
      case 'event':
        records.events.set(id, record)
        break
    }
  }

  of(deskDocId: string): DocRecords {
    let records = this.byDoc.get(deskDocId)
    if (!records) {
      records = emptyDocRecords()
      this.byDoc.set(deskDocId, records)
    }
    return records
  }

  /** The replica's records with the outbox's waiting ones on top: what this member sees now. */
  overlay(
    deskDocId: string,
    waiting: readonly OutboxEntry[],
    conflictNotes: DeskDocumentRecords['conflictNotes']
  ): Omit<DeskDocumentRecords, 'claimIds'> {
    const base = this.of(deskDocId)
    const reviews = new Map(base.reviews)
    const signoffs = new Map(base.signoffs)
    const events = new Map(base.events)
    let assignment = base.assignment
    for (const entry of waiting) {
      if (entry.refused) continue
      const record = entry.record as DeskRecord
      if (record.deskDocId !== deskDocId) continue
      if (record.type === 'review') reviews.set(record.member, record)
      else if (record.type === 'signoff') signoffs.set(record.claimId, record)
      else if (record.type === 'assignment') assignment = record
      else if (record.type === 'event') events.set(entry.recordId, record)
    }
    return {
      deskDocId,
      reviews: [...reviews.values()],
      signoffs: [...signoffs.values()],
      assignment,
      events: [...events].map(([id, record]) => ({ id, record })),
      conflictNotes
    }
  }
}

/** Everyone the replica has seen on the desk, with the role their records show (editors sign off and assign). */
export function membersOf(replica: ReplicaFile): DeskMember[] {
  const roles = new Map<string, DeskRole>()
  const desk = replica.desk
  for (const record of Object.values(replica.records)) {
    if (record.type === 'review' && !roles.has(record.member)) roles.set(record.member, 'checker')
    if (record.type === 'signoff') roles.set(record.editor, 'editor')
    if (record.type === 'assignment') {
      roles.set(record.by, 'editor')
      if (!roles.has(record.assignee)) roles.set(record.assignee, 'checker')
    }
  }
  for (const article of Object.values(replica.articles))
    if (!roles.has(article.sharedBy)) roles.set(article.sharedBy, 'checker')
  if (desk) roles.set(desk.name, desk.role)
  return [...roles].map(([name, role]) => ({ name, role })).sort((a, b) => (a.name < b.name ? -1 : 1))
}
