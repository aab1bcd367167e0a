/**
 * The Claims panel: the article's claims grouped by kind, check-worthy ones first, with jump-to.
 * Memoized: it lists every claim, and a change to a review (a tag, a note) changes none of its props.
 */
import { memo } from 'react'
import type { Claim } from '../../../shared/model'
import { claimById } from '../../../shared/review/claim-lookup'
import { claimKinds, isCheckWorthy } from '../../../shared/claims'
import type { DocumentAnalysis } from './use-analysis'
import { ClaimLink } from './ClaimLink'
import { kindLabel } from './kind-label'

interface ClaimsByKindProps {
  analysis: DocumentAnalysis
  /** The article's text and claims, for each claim's words. */
  text: string
  claims: readonly Claim[]
  /** Stable for the life of the workspace. */
  onJump: (claimId: string) => void
}

export const ClaimsByKind = memo(function ClaimsByKind({
  analysis,
  text,
  claims,
  onJump
}: ClaimsByKindProps) {
  const textOf = (claimId: string) => {
    const claim = claimById(claims, claimId)
    return claim ? text.slice(claim.start, claim.end) : ''
  }
  const checkWorthy = analysis.claims.filter(isCheckWorthy).length
  return (
    <div className="insights">
      <p className="insights-summary">
        {checkWorthy} of {analysis.claims.length} claims are check-worthy, as ranked by a model learned from
        fact-checkers&rsquo; choices; their kinds say why.
      </p>
      {claimKinds.map((kind) => {
        const claims = analysis.claims
          .filter((claim) => claim.kinds.includes(kind))
          .sort((a, b) => b.score - a.score)
        if (claims.length === 0) return null
        return (
          <section key={kind} className="insights-group" aria-label={kindLabel[kind]}>
            <h3 className="insights-heading">
              {kindLabel[kind]} <span className="insights-count">{claims.length}</span>
            </h3>
            <ul className="insights-list">
              {claims.map((claim) => (
                <li key={claim.claimId} className="insights-item">
                  <ClaimLink claimId={claim.claimId} text={textOf(claim.claimId)} onJump={onJump} />
                  <span
                    className="insights-score"
                    title="Check-worthiness, 0 to 1: how the claim ranks among sentences fact-checkers chose to check"
                  >
                    {claim.score.toFixed(2)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
})
