/** Published fact-checks of the claim (ClaimReview): who checked it, their rating, when, and a link. */
import type { FactCheckMatch } from '../../../shared/matching/claim-matches'
import { ExternalLink } from '../components/ExternalLink'
import { formatDay } from '../matching/format-day'
import '../styles/findings.css'

export function PublishedFactChecks({ checks }: { checks: readonly FactCheckMatch[] }) {
  if (checks.length === 0) return null
  return (
    <section className="panel-section findings" aria-label="Published fact-checks">
      <h3 className="panel-subheading">Published fact-checks</h3>
      <ul className="findings-list">
        {checks.map(({ factCheck }) => {
          const published = formatDay(factCheck.publishedAt)
          return (
            <li key={factCheck.id} className="finding">
              <span className="finding-publisher">{factCheck.publisher}</span>
              <span className="finding-rating">{factCheck.rating}</span>
              {published && (
                <time className="finding-date" dateTime={factCheck.publishedAt}>
                  {published}
                </time>
              )}
              <p className="finding-note">“{factCheck.claim}”</p>
              <ExternalLink className="finding-link" href={factCheck.url}>
                Read the fact-check
                <span className="visually-hidden"> by {factCheck.publisher}</span>
              </ExternalLink>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
