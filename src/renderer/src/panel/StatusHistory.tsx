/** The claim's status changes, newest first: when, from what, to what. */
import type { StatusChange } from '../../../shared/model'
import { statusLabel } from '../../../shared/status'

const describe = (status: StatusChange['from']) => (status ? statusLabel[status] : 'No status')

// One formatter for every row: toLocaleString builds a new one per call, a millisecond each.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const when = (at: string) => dateTime.format(new Date(at))

export function StatusHistory({ history }: { history: StatusChange[] }) {
  if (history.length === 0) return null
  return (
    <section className="panel-section" aria-label="Status history">
      <h3 className="panel-subheading">History</h3>
      <ol className="history-list">
        {[...history].reverse().map((change, index) => (
          <li key={`${change.at}-${index}`} className="history-item">
            <time dateTime={change.at}>{when(change.at)}</time>
            <span>
              {describe(change.from)} → {describe(change.to)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
