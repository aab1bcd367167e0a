/**
 * What an annotation change did, in a few words a person can hear: "Disputed on claim 12", "Note on
 * claim 3", "Highlight". Undo and redo announce it ("Undid: Disputed on claim 12").
 */
import { missingCase } from '../result'
import { statusLabel } from '../status'
import type { AnnotationChange } from './change-schema'

/** Claims are numbered from 1 in article order; null when the claim is not in the article. */
export type ClaimNumber = (claimId: string) => number | null

export function describeChange(change: AnnotationChange, claimNumber: ClaimNumber): string {
  const claim = (claimId: string) => {
    const number = claimNumber(claimId)
    return number === null ? 'a claim' : `claim ${number}`
  }
  switch (change.kind) {
    case 'set-status':
      return change.status
        ? `${statusLabel[change.status]} on ${claim(change.claimId)}`
        : `Clearing the status of ${claim(change.claimId)}`
    case 'set-note':
      return `Note on ${claim(change.claimId)}`
    case 'add-source':
      return `Source on ${claim(change.claimId)}`
    case 'edit-source':
      return `Source edit on ${claim(change.claimId)}`
    case 'remove-source':
      return `Removing a source from ${claim(change.claimId)}`
    case 'set-tags':
      return `Tags on ${claim(change.claimId)}`
    case 'add-highlight':
      return 'Highlight'
    case 'edit-highlight':
      return change.color && change.note === undefined ? 'Highlight colour' : 'Highlight note'
    case 'remove-highlight':
      return 'Removing a highlight'
    case 'reattach-orphan':
      return 'Re-attaching an orphaned annotation'
    case 'remove-orphan':
      return 'Deleting an orphaned annotation'
    case 'restore-claim':
      return `Restoring ${claim(change.claimId)}`
    case 'restore-highlight':
      return 'Restoring a highlight'
    case 'restore-orphan':
      return 'Restoring an orphaned annotation'
    case 'restore-all':
      return 'Restoring several annotations'
    default:
      return missingCase(change)
  }
}
