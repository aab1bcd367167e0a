import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { emptyAnnotations, type Annotations } from '../model'
import type { AnnotationChange } from './change-schema'
import { applyChange } from './changes'
import {
  BURST_PAUSE_MS,
  emptyHistory,
  recordStep,
  takeRedo,
  takeUndo,
  type UndoHistory
} from './undo-history'

const article = buildArticle({
  title: 'Ferry Times',
  source: 'ferry.txt',
  blocks: [{ type: 'paragraph', text: 'The ferry leaves at 9. It takes 40 minutes to cross.' }]
})
const at = '2026-11-25T10:00:00.000Z'

/** A tiny session: applies changes and records them, as the renderer does. */
function session() {
  let annotations: Annotations = emptyAnnotations()
  let history: UndoHistory = emptyHistory()
  return {
    get annotations() {
      return annotations
    },
    get history() {
      return history
    },
    edit(change: AnnotationChange, now: number, burst: string | null = null) {
      const after = applyChange(article, annotations, change, at)
      history = recordStep(history, change, annotations, after, { burst, now })
      annotations = after
    },
    undo() {
      const taken = takeUndo(history)
      if (!taken) return false
      annotations = applyChange(article, annotations, taken.change, at)
      history = taken.history
      return true
    },
    redo() {
      const taken = takeRedo(history)
      if (!taken) return false
      annotations = applyChange(article, annotations, taken.change, at)
      history = taken.history
      return true
    }
  }
}

describe('undo history', () => {
  it('undoes marking a sentence not a claim back to its verdict and history, and redoes it', () => {
    const s = session()
    s.edit({ kind: 'set-status', claimId: 'c2', status: 'disputed' }, 0)
    const disputed = s.annotations
    s.edit({ kind: 'set-status', claimId: 'c2', status: 'not-a-claim' }, 10_000)
    expect(s.annotations.claims['c2']?.history.at(-1)).toMatchObject({ from: 'disputed', to: 'not-a-claim' })
    expect(s.undo()).toBe(true)
    expect(s.annotations).toEqual(disputed)
    expect(s.redo()).toBe(true)
    expect(s.annotations.claims['c2']?.status).toBe('not-a-claim')
  })

  it('undoes and redoes a status change back to exactly the states before and after', () => {
    const s = session()
    s.edit({ kind: 'set-status', claimId: 'c1', status: 'verified' }, 0)
    const tagged = s.annotations
    s.undo()
    expect(s.annotations).toEqual(emptyAnnotations())
    s.redo()
    expect(s.annotations).toEqual(tagged)
  })

  it('walks a mixed sequence of claim and highlight changes back and forth', () => {
    const s = session()
    const states: Annotations[] = [s.annotations]
    s.edit({ kind: 'set-status', claimId: 'c1', status: 'disputed' }, 0)
    states.push(s.annotations)
    s.edit({ kind: 'add-highlight', highlightId: 'h1', start: 4, end: 30, color: 'cyan', note: '' }, 10_000)
    states.push(s.annotations)
    s.edit({ kind: 'set-tags', claimId: 'c2', tags: ['timing'] }, 20_000)
    states.push(s.annotations)
    s.edit({ kind: 'remove-highlight', highlightId: 'h1' }, 30_000)
    states.push(s.annotations)
    for (let index = states.length - 2; index >= 0; index--) {
      expect(s.undo()).toBe(true)
      expect(s.annotations).toEqual(states[index])
    }
    expect(s.undo()).toBe(false)
    for (let index = 1; index < states.length; index++) {
      expect(s.redo()).toBe(true)
      expect(s.annotations).toEqual(states[index])
    }
    expect(s.redo()).toBe(false)
  })

  it('joins typing in one note into one step per burst, and a pause starts a new one', () => {
    const s = session()
    const burst = 'note:c1'
    s.edit({ kind: 'set-note', claimId: 'c1', note: 'T' }, 0, burst)
    s.edit({ kind: 'set-note', claimId: 'c1', note: 'Ti' }, 300, burst)
    s.edit({ kind: 'set-note', claimId: 'c1', note: 'Tim' }, 600, burst)
    s.edit({ kind: 'set-note', claimId: 'c1', note: 'Time.' }, 600 + BURST_PAUSE_MS + 1, burst)
    expect(s.history.past).toHaveLength(2)
    s.undo()
    expect(s.annotations.claims['c1']?.note).toBe('Tim')
    s.undo()
    expect(s.annotations.claims).toEqual({})
  })

  it('drops the redo branch when a new change is made after undoing', () => {
    const s = session()
    s.edit({ kind: 'set-status', claimId: 'c1', status: 'verified' }, 0)
    s.undo()
    s.edit({ kind: 'set-status', claimId: 'c2', status: 'disputed' }, 5000)
    expect(s.redo()).toBe(false)
    expect(Object.keys(s.annotations.claims)).toEqual(['c2'])
  })

  it('does not record a change that changed nothing', () => {
    const s = session()
    s.edit({ kind: 'set-note', claimId: 'c1', note: '' }, 0)
    expect(s.history.past).toHaveLength(0)
  })
})
