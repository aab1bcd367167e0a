/** The sources attached to a claim, each a link with its quoted passage and a remove button. */
import type { Source } from '../../../shared/model'
import { ExternalLink } from '../components/ExternalLink'

interface SourceListProps {
  sources: Source[]
  onRemove: (sourceId: string) => void
}

export function SourceList({ sources, onRemove }: SourceListProps) {
  if (sources.length === 0) return <p className="panel-empty">No sources yet.</p>
  return (
    <ul className="source-list">
      {sources.map((source) => {
        const label = source.title || source.url
        return (
          <li key={source.id} className="source-item">
            <ExternalLink className="source-link" href={source.url}>
              {label}
            </ExternalLink>
            {source.title && <span className="source-url">{new URL(source.url).host}</span>}
            {source.quote && <blockquote className="source-quote">{source.quote}</blockquote>}
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove source ${label}`}
              onClick={() => onRemove(source.id)}
            >
              ×
            </button>
          </li>
        )
      })}
    </ul>
  )
}
