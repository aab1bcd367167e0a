/** Claim statuses and their labels; free of schemas so the renderer bundle stays small. */
export const claimStatuses = ['verified', 'disputed', 'needs-source'] as const
export type ClaimStatus = (typeof claimStatuses)[number]

/** What a person reads for each status: buttons, badges, export headings. */
export const statusLabel: Record<ClaimStatus, string> = {
  verified: 'Verified',
  disputed: 'Disputed',
  'needs-source': 'Needs source'
}
