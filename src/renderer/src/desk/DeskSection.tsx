/**
 * The claim panel's Desk section: the claim's desk state (the sign-off if there is one, else the
 * tally), every member's verdict with their note and when, a conflict's kept texts to choose from,
 * the claim's desk history, and for editors Sign off (or Confirm again when a sign-off went stale).
 * Checkers are not offered Sign off; the server refuses it anyway.
 */
import { useState, type ReactNode } from 'react'
import type { ConnectedDesk } from './desk-context'
import type { DeskClaimState, DeskEvent } from '../../../shared/desk/view/desk-view-types'
import { claimDeskSummary, eventText, statusWord } from '../../../shared/desk/view/desk-words'
import type { RatingScale } from '../../../shared/desk/view/publishing-scale'
import { statusLabel, type Verdict } from '../../../shared/status'
import { StatusIcon } from '../components/StatusIcon'
import { SignOffForm, type SignOffChoice } from './SignOffForm'
import { whenText } from './desk-time'
import '../styles/desk.css'

interface DeskSectionProps {
  state: DeskClaimState | undefined
  history: readonly DeskEvent[]
  me: ConnectedDesk | null
  /** The desk's rating scale, for the rating a sign-off publishes. */
  ratingScale: RatingScale
  /** The rating chosen at the last sign-off on this computer, if any. */
  chosenRating: string
  onSignOff: (choice: SignOffChoice) => Promise<boolean>
  /** Keeps one of a conflict's texts as the reviewer's note. */
  onKeepNote: (note: string) => void
  /** Shown under the sign-off (an editor's publishing details). */
  children?: ReactNode
}

export function DeskSection({
  state,
  history,
  me,
  ratingScale,
  chosenRating,
  onSignOff,
  onKeepNote,
  children
}: DeskSectionProps) {
  const [signing, setSigning] = useState(false)
  const [busy, setBusy] = useState(false)
  const isEditor = me?.role === 'editor'
  const verdicts = state?.verdicts ?? []
  const signOff = state?.signOff ?? null
  const conflicts = state?.conflicts ?? []

  const submit = async (choice: SignOffChoice) => {
    setBusy(true)
    const done = await onSignOff(choice)
    setBusy(false)
    if (done) setSigning(false)
  }
  const confirmAgain = (verdict: Verdict, reason: string) =>
    void submit({ verdict, reason, rating: chosenRating })

  return (
    <section className="panel-section desk-section" aria-label="Desk">
      <div className="panel-section-head">
        <h3 className="panel-subheading">Desk</h3>
        {isEditor && !signing && (
          <button type="button" className="button button--small" onClick={() => setSigning(true)}>
            Sign off
          </button>
        )}
      </div>
      <p
        className={`desk-state${signOff ? (signOff.stale ? ' desk-state--stale' : ' desk-state--signed') : ''}`}
      >
        {state ? claimDeskSummary(state) : 'No verdicts yet'}
        {state?.disagreement && !signOff && <span className="desk-flag"> · Disagreement</span>}
      </p>
      {signOff && (
        <div className={`desk-signoff${signOff.stale ? ' desk-signoff--stale' : ''}`}>
          <p className="desk-signoff-line">
            <StatusIcon status={signOff.verdict} /> {signOff.editor} signed off{' '}
            <strong>{statusLabel[signOff.verdict]}</strong>
            {signOff.reason && <> — {signOff.reason}</>}
          </p>
          <p className="desk-soft">
            <time dateTime={signOff.at}>{whenText(signOff.at)}</time>
            {signOff.stale && ' · Out of date: a verdict it saw has changed since.'}
          </p>
          {signOff.stale && isEditor && !signing && (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => confirmAgain(signOff.verdict, signOff.reason)}
            >
              Confirm again
            </button>
          )}
          {children}
        </div>
      )}
      {signing && (
        <SignOffForm
          initial={{ verdict: signOff?.verdict ?? null, reason: signOff?.reason ?? '', rating: chosenRating }}
          ratingScale={ratingScale}
          busy={busy}
          onSubmit={(choice) => void submit(choice)}
          onCancel={() => setSigning(false)}
        />
      )}
      {verdicts.length > 0 ? (
        <ul className="desk-verdicts" aria-label="Verdicts on the desk">
          {verdicts.map((verdict) => (
            <li key={verdict.member} className="desk-verdict">
              <p className="desk-verdict-line">
                <span className="desk-member">{verdict.member}</span>
                {': '}
                <span className={`desk-verdict-status desk-verdict-status--${verdict.status ?? 'none'}`}>
                  {verdict.status && <StatusIcon status={verdict.status} />}
                  {statusWord(verdict.status)}
                </span>
                {verdict.note.trim() && <span className="desk-verdict-note"> — {verdict.note.trim()}</span>}
              </p>
              <p className="desk-soft">
                <time dateTime={verdict.at}>{whenText(verdict.at)}</time>
                {verdict.sources > 0 &&
                  ` · ${verdict.sources} ${verdict.sources === 1 ? 'source' : 'sources'}`}
                {me?.name === verdict.member && ' · you'}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="desk-soft">No member has reviewed this claim yet.</p>
      )}
      {conflicts.length > 0 && (
        <div className="desk-conflict" role="group" aria-label="Conflicting notes">
          <p className="desk-conflict-title">
            A note was changed on two computers while offline, so its other text is kept too.
          </p>
          <ol className="desk-conflict-list">
            {conflicts.map(({ member, text }, index) => {
              const mine = member === me?.name
              return (
                <li key={`${index}-${member}-${text.slice(0, 20)}`}>
                  <p className="desk-conflict-whose">{mine ? 'Your other text' : `${member}’s other text`}</p>
                  <blockquote className="desk-conflict-text">{text || '(empty)'}</blockquote>
                  {mine && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Use text ${index + 1} as my note`}
                      onClick={() => onKeepNote(text)}
                    >
                      Use as my note
                    </button>
                  )}
                </li>
              )
            })}
          </ol>
        </div>
      )}
      {history.length > 0 && (
        <details className="desk-history">
          <summary>Desk history ({history.length})</summary>
          <ol className="history-list">
            {[...history].reverse().map((event) => (
              <li key={event.id} className="history-item">
                <time dateTime={event.at}>{whenText(event.at)}</time>
                <span>{eventText(event)}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  )
}
