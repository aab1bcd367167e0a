/** A button that jumps to a claim in the article: its text, shortened, as its name. */
interface ClaimLinkProps {
  claimId: string
  text: string
  onJump: (claimId: string) => void
}

const MAX_LENGTH = 140

export function ClaimLink({ claimId, text, onJump }: ClaimLinkProps) {
  const shown = text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1).trimEnd()}…` : text
  return (
    <button type="button" className="claim-link" title={text} onClick={() => onJump(claimId)}>
      {shown}
    </button>
  )
}
