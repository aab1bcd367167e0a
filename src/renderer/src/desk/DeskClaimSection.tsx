/**
 * The claim panel's Desk section wired to the desk: signs off through the API (the server checks
 * the editor's role again) and shows the view it answers at once; the rating chosen at sign-off
 * and a signed-off claim's publishing details are kept in the publishing settings.
 */
import { useEffect, useState } from 'react'
import {
  defaultRatingScale,
  noClaimPublishing,
  type ClaimPublishing,
  type PublishingSettings
} from '../../../shared/desk/view/publishing-scale'
import { useApi } from '../services/service-context'
import { ClaimPublishingForm } from './ClaimPublishingForm'
import { DeskSection } from './DeskSection'
import { useDesk } from './desk-context'
import type { DeskDocument } from './use-desk-document'

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
  const api = useApi()
  const desk = useDesk()
  const { view, show } = deskDocument
  const [publishing, setPublishing] = useState<PublishingSettings | null>(null)
  const isEditor = desk.me?.role === 'editor'
  useEffect(() => {
    if (!isEditor) return
    void api.getPublishing({}).then((result) => result.ok && setPublishing(result.value))
  }, [api, isEditor])
  const details = publishing?.claims[documentId]?.[claimId] ?? noClaimPublishing
  const saveDetails = async (next: ClaimPublishing): Promise<boolean> => {
    const result = await api.saveClaimPublishing({ documentId, claimId, details: next })
    if (!result.ok) {
      onError(result.error.message)
      return false
    }
    setPublishing(result.value)
    return true
  }
  const signOff = view?.claims[claimId]?.signOff ?? null

  return (
    <DeskSection
      state={view?.claims[claimId]}
      history={view?.history.filter((event) => event.claimId === claimId) ?? []}
      me={desk.me}
      ratingScale={publishing?.ratingScale ?? defaultRatingScale}
      chosenRating={details.rating}
      onKeepNote={onKeepNote}
      onSignOff={async ({ verdict, reason, rating }) => {
        const result = await api.signOffClaim({ documentId, claimId, verdict, reason })
        if (!result.ok) {
          onError(result.error.message)
          return false
        }
        show(result.value)
        void desk.refresh()
        if (rating !== details.rating) await saveDetails({ ...details, rating })
        return true
      }}
    >
      {isEditor && signOff && signOff.verdict !== 'needs-source' && (
        <ClaimPublishingForm key={`${documentId}:${claimId}`} details={details} onSave={saveDetails} />
      )}
    </DeskSection>
  )
}
