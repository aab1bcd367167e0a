/** Claim statuses and their labels; free of schemas so the renderer bundle stays small. */

/** The three verdicts a reviewer gives a claim. */
export const verdicts = ['verified', 'disputed', 'needs-source'] as const
export type Verdict = (typeof verdicts)[number]

/**
 * Every status a claim can carry: a verdict, or "not a claim" — a sentence the reviewer takes out of
 * the count (a subheading, a caption, a transition) without calling it true or false.
 */
export const claimStatuses = [...verdicts, 'not-a-claim'] as const
export type ClaimStatus = (typeof claimStatuses)[number]

/** What a person reads for each status: buttons, badges, export headings. */
export const statusLabel: Record<ClaimStatus, string> = {
  verified: 'Verified',
  disputed: 'Disputed',
  'needs-source': 'Needs source',
  'not-a-claim': 'Not a claim'
}

export function isVerdict(status: ClaimStatus | null | undefined): status is Verdict {
  return status != null && status !== 'not-a-claim'
}
