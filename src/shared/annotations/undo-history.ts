/**
 * Undo and redo as pure data. Each step holds two `restore-*` changes: snapshots of what a change
 * touched (a claim review, a highlight, an orphan, or two of them together), before and after. Undoing applies the first through the
 * normal save path, so what is on disk is always what is shown. Typing in one field within a
 * short pause joins the previous step (an editing burst), so one undo takes back a burst.
 */
import type { Annotations } from '../model'
import type { AnnotationChange, RestoreChange } from './change-schema'
import { reviewOf } from './claim-review'
import { orphanOf } from './orphan-changes'

export interface UndoStep {
  undo: AnnotationChange
  redo: AnnotationChange
  /** Steps with the same burst key, close enough in time, are one step. */
  burst: string | null
  /** Milliseconds since the epoch of the latest change in the step. */
  at: number
  /** What the step did, for a person ("Disputed on claim 12"); absent in histories saved before. */
  label?: string
}

export interface UndoHistory {
  past: UndoStep[]
  future: UndoStep[]
}

export const emptyHistory = (): UndoHistory => ({ past: [], future: [] })

/** A pause longer than this ends an editing burst. */
export const BURST_PAUSE_MS = 1500
export const HISTORY_LIMIT = 500

type Touched = { claimId: string } | { highlightId: string } | { orphanId: string }

/** What a change touches, seen in the annotations it applies to. */
export function touchedBy(change: AnnotationChange, before: Annotations): Touched[] {
  switch (change.kind) {
    case 'restore-all':
      return change.changes.flatMap((restore) => touchedBy(restore, before))
    case 'reattach-orphan': {
      const orphan = orphanOf(before, change.orphanId)
      const placed: Touched[] =
        'claimId' in change.place
          ? [{ claimId: change.place.claimId }]
          : orphan?.annotation.kind === 'highlight'
            ? [{ highlightId: orphan.annotation.highlight.id }]
            : []
      return [{ orphanId: change.orphanId }, ...placed]
    }
    case 'remove-orphan':
    case 'restore-orphan':
      return [{ orphanId: change.orphanId }]
    default:
      return 'highlightId' in change ? [{ highlightId: change.highlightId }] : [{ claimId: change.claimId }]
  }
}

function restoreOf(annotations: Annotations, touched: Touched): RestoreChange {
  if ('claimId' in touched) {
    return {
      kind: 'restore-claim',
      claimId: touched.claimId,
      review: reviewOf(annotations, touched.claimId) ?? null
    }
  }
  if ('orphanId' in touched) {
    const orphan = orphanOf(annotations, touched.orphanId)
    return { kind: 'restore-orphan', orphanId: touched.orphanId, orphan: orphan ?? null }
  }
  const highlight = annotations.highlights.find((candidate) => candidate.id === touched.highlightId)
  return { kind: 'restore-highlight', highlightId: touched.highlightId, highlight: highlight ?? null }
}

/** A change that puts the touched things back exactly as they are in `annotations`. */
export function snapshotOf(annotations: Annotations, touched: Touched[]): AnnotationChange {
  const restores = touched.map((one) => restoreOf(annotations, one))
  const [only] = restores
  return only && restores.length === 1 ? only : { kind: 'restore-all', changes: restores }
}

export interface RecordOptions {
  burst?: string | null
  now: number
  /** What the change does, said when it is undone or redone. */
  label?: string
}

/** Records that `change` turned `before` into `after`; a change that did nothing is not a step. */
export function recordStep(
  history: UndoHistory,
  change: AnnotationChange,
  before: Annotations,
  after: Annotations,
  { burst = null, now, label }: RecordOptions
): UndoHistory {
  if (before === after) return history
  const touched = touchedBy(change, before)
  const redo = snapshotOf(after, touched)
  const last = history.past.at(-1)
  if (burst && last && last.burst === burst && now - last.at <= BURST_PAUSE_MS) {
    return { past: [...history.past.slice(0, -1), { ...last, redo, at: now }], future: [] }
  }
  const step: UndoStep = {
    undo: snapshotOf(before, touched),
    redo,
    burst,
    at: now,
    ...(label ? { label } : {})
  }
  return { past: [...history.past, step].slice(-HISTORY_LIMIT), future: [] }
}

export interface Taken {
  history: UndoHistory
  change: AnnotationChange
  /** What the step did, if it was recorded with a label. */
  label: string | null
}

/** The change that undoes the latest step, and the history after it; null when nothing to undo. */
export function takeUndo(history: UndoHistory): Taken | null {
  const step = history.past.at(-1)
  if (!step) return null
  return {
    change: step.undo,
    label: step.label ?? null,
    history: { past: history.past.slice(0, -1), future: [...history.future, { ...step, burst: null }] }
  }
}

/** The change that redoes the latest undone step, and the history after it. */
export function takeRedo(history: UndoHistory): Taken | null {
  const step = history.future.at(-1)
  if (!step) return null
  return {
    change: step.redo,
    label: step.label ?? null,
    history: { past: [...history.past, step], future: history.future.slice(0, -1) }
  }
}
