/**
 * The published fact-checks imported from ClaimReview feeds: each with its publisher, rating,
 * date and link, and a remove button. Claims in any document that match one show it in the panel.
 */
import { useEffect, useState } from 'react'
import type { FactCheck } from '../../../shared/fact-checks/fact-check'
import { useApi } from '../services/service-context'
import { ExternalLink } from '../components/ExternalLink'
import { formatDay } from '../matching/format-day'
import '../styles/findings.css'

interface FactCheckListProps {
  /** Bumped when fact-checks were imported, to list them afresh. */
  revision: number
  onRemoved: () => void
  onError: (message: string) => void
}

export function FactCheckList({ revision, onRemoved, onError }: FactCheckListProps) {
  const api = useApi()
  const [factChecks, setFactChecks] = useState<FactCheck[]>([])
  const [reloads, setReloads] = useState(0)
  useEffect(() => {
    let current = true
    // A list that cannot be read shows nothing; removing is where errors are told.
    void api.listFactChecks({}).then((listed) => {
      if (current && listed.ok) setFactChecks(listed.value)
    })
    return () => {
      current = false
    }
  }, [revision, reloads, api])

  if (factChecks.length === 0) return null
  return (
    <section className="library-trash fact-check-list" aria-label="Published fact-checks">
      <div className="library-trash-header">
        <h2>Published fact-checks ({factChecks.length})</h2>
      </div>
      <ul className="findings-list">
        {factChecks.map((factCheck) => (
          <li key={factCheck.id} className="finding" aria-label={factCheck.claim}>
            <span className="finding-publisher">{factCheck.publisher}</span>
            <span className="finding-rating">{factCheck.rating}</span>
            {factCheck.publishedAt && (
              <span className="finding-date">{formatDay(factCheck.publishedAt)}</span>
            )}
            <p className="finding-note">“{factCheck.claim}”</p>
            <ExternalLink className="finding-link" href={factCheck.url}>
              Read the fact-check
              <span className="visually-hidden"> by {factCheck.publisher}</span>
            </ExternalLink>
            <button
              type="button"
              className="button button--small"
              aria-label={`Remove the fact-check by ${factCheck.publisher}: ${factCheck.claim}`}
              onClick={() => {
                void api.removeFactCheck({ factCheckId: factCheck.id }).then((result) => {
                  if (!result.ok) onError(result.error.message)
                  setReloads((value) => value + 1)
                  onRemoved()
                })
              }}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
