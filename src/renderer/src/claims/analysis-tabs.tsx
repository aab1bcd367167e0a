/**
 * The side panel's three tabs over the article's analysis: its claims by kind, its quotes by
 * speaker and its number checks, each listing claims to jump to. Empty until the analysis is done.
 */
import type { Claim } from '../../../shared/model'
import type { SidePanelTab } from '../app/SidePanel'
import { ClaimsByKind } from './ClaimsByKind'
import { NumberChecks } from './NumberChecks'
import { QuotesBySpeaker } from './QuotesBySpeaker'
import type { DocumentAnalysis } from './use-analysis'

interface AnalysisTabsInput {
  analysis: DocumentAnalysis | null
  article: { text: string; claims: readonly Claim[] }
  /** Stable for the life of the workspace, so the memoized lists do not redraw for a new one. */
  onJump: (claimId: string) => void
  /** The number check whose chip was pressed, by `checkKey`. */
  shownCheck: string | null
}

export function analysisTabs({ analysis, article, onJump, shownCheck }: AnalysisTabsInput): SidePanelTab[] {
  return [
    {
      id: 'claims',
      label: 'Claims',
      content: analysis && (
        <ClaimsByKind analysis={analysis} text={article.text} claims={article.claims} onJump={onJump} />
      )
    },
    {
      id: 'quotes',
      label: 'Quotes',
      content: analysis && <QuotesBySpeaker analysis={analysis} onJump={onJump} />
    },
    {
      id: 'checks',
      label: `Checks${analysis?.checks.length ? ` (${analysis.checks.length})` : ''}`,
      content: analysis && <NumberChecks analysis={analysis} shownCheck={shownCheck} onJump={onJump} />
    }
  ]
}
