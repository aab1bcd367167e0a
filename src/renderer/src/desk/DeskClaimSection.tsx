/**
 * The claim panel's Desk section wired to the desk: signs off through the API (the server checks
 * the editor's role again) and shows the view it answers at once.
 */
import type { DeskDocument } from './use-desk-document'
import { api } from '../api'
import { defaultRatingScale } from '../../../shared/desk/view/publishing-scale'
import { DeskSection } from './DeskSection'
import { useDesk } from './desk-context'

interface DeskClaimSectionProps {
  documentId: string
  claimId: string
  deskDocument: DeskDocument
  onKeepNote: (note: string) => void
  onError: (message: string) => void
}

export function DeskClaimSection({
  documentId,
  claimId,
  deskDocument,
  onKeepNote,
  onError
}: DeskClaimSectionProps) {
  const desk = useDesk()
  const { view, show } = deskDocument
  return (
    <DeskSection
      state={view?.claims[claimId]}
      history={view?.history.filter((event) => event.claimId === claimId) ?? []}
      me={desk.me}
      ratingScale={defaultRatingScale}
      chosenRating=""
      onKeepNote={onKeepNote}
      onSignOff={async ({ verdict, reason }) => {
        const result = await api.signOffClaim({ documentId, claimId, verdict, reason })
        if (!result.ok) {
          onError(result.error.message)
          return false
        }
        show(result.value)
        void desk.refresh()
        return true
      }}
    />
  )
}
