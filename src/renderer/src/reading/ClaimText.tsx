/**
 * One claim inside a paragraph: clickable, and reachable by keyboard through a roving tabindex (only
 * the current claim is in the Tab order; j/k move between claims). Its verdict shows as an icon at
 * its end and a bar in the margin (VerdictMargin, from `data-verdict`), and is spoken as part of its
 * description ("Claim. Verified, has a note."). A sentence marked "not a claim" is quiet instead:
 * muted text, no mark.
 */
import { memo } from 'react'
import type { Piece } from '../../../shared/review/text-pieces'
import { isVerdict, statusLabel, type ClaimStatus } from '../../../shared/status'
import { StatusIcon } from '../components/StatusIcon'
import { claimArrowKey } from './chip-keys'
import { renderPieces, type MarkStyle } from './MarkedText'

/**
 * Forbids a line break before what follows it (U+2060): with a nowrap wrapper, it keeps a claim's
 * end marks on the line of its last word. It is not article text, so it sits outside the text pieces.
 */
export const WORD_JOINER = '\u2060'

interface ClaimTextProps {
  claimId: string
  text: string
  pieces: Piece[]
  /** Changes exactly when `pieces` would render differently; memo compares this, not the array. */
  piecesKey: string
  markStyle: MarkStyle
  status: ClaimStatus | null
  hasNote: boolean
  selected: boolean
  tabbable: boolean
  dimmed: boolean
  /** The claims engine scores it as check-worthy (numbers, attributed quotes, comparisons…). */
  worthy: boolean
  noteHit: 'hit' | 'current' | null
  onSelect: (claimId: string) => void
}

function ClaimTextView(props: ClaimTextProps) {
  const {
    claimId,
    text,
    pieces,
    markStyle,
    status,
    hasNote,
    selected,
    tabbable,
    dimmed,
    worthy,
    noteHit,
    onSelect
  } = props
  const state = status ? statusLabel[status] : 'Not reviewed'
  // Out of the count: not announced as a claim, nor underlined as a check-worthy one.
  const notAClaim = status === 'not-a-claim'
  const kind = notAClaim ? '' : worthy ? 'Check-worthy claim. ' : 'Claim. '
  const classes = ['claim']
  if (status) classes.push(`claim--${status}`)
  if (selected) classes.push('claim--selected')
  if (dimmed) classes.push('claim--dimmed')
  if (worthy && !notAClaim) classes.push('claim--worthy')
  return (
    <span
      role="button"
      tabIndex={tabbable ? 0 : -1}
      className={classes.join(' ')}
      data-claim-id={claimId}
      data-verdict={isVerdict(status) ? status : undefined}
      aria-pressed={selected}
      aria-description={`${kind}${state}${hasNote ? ', has a note' : ''}.`}
      onClick={() => onSelect(claimId)}
      onKeyDown={(event) => {
        if (claimArrowKey(event)) return
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault()
          onSelect(claimId)
        }
      }}
    >
      {renderPieces(text, pieces, markStyle)}
      {(isVerdict(status) || hasNote) && (
        <span className="claim-end">
          {WORD_JOINER}
          {isVerdict(status) && (
            <span
              className={`claim-badge claim-badge--${status}${hasNote ? ' claim-badge--noted' : ''}`}
              title={hasNote ? `${statusLabel[status]}, has a note` : statusLabel[status]}
            >
              <StatusIcon status={status} />
              <span className="visually-hidden">{` (${statusLabel[status]})`}</span>
              {hasNote && <span className="visually-hidden"> (has a note)</span>}
            </span>
          )}
          {/* With a verdict icon, a note is a ring round it (no more width); alone, a quiet ✎. */}
          {hasNote && !isVerdict(status) && (
            <span className="claim-note-mark" title="Has a note">
              <span aria-hidden="true">✎</span>
              <span className="visually-hidden"> (has a note)</span>
            </span>
          )}
        </span>
      )}
      {noteHit && (
        <mark className={`search-hit search-hit--note${noteHit === 'current' ? ' search-hit--current' : ''}`}>
          in note
        </mark>
      )}
    </span>
  )
}

export const ClaimText = memo(ClaimTextView, (before, after) => {
  for (const key of Object.keys(after) as (keyof ClaimTextProps)[]) {
    if (key === 'pieces' || key === 'markStyle') continue
    if (before[key] !== after[key]) return false
  }
  return true
})
