/**
 * What publishing a desk's verdicts needs beyond the verdicts: the desk's rating scale (its names,
 * best first, each meaning Verified or Disputed — e.g. True … Pants on fire) and, per claim, the
 * fact-check's own address, the claimant, and where and when the claim appeared. Types and rules
 * only (the schemas are in publishing-settings.ts), so the page's bundle builds no schema.
 */
import type { Verdict } from '../../status'

/** A rating publishes a verdict: "Needs source" is never a rating. */
export const ratingMeanings = ['verified', 'disputed'] as const
export type RatingMeaning = (typeof ratingMeanings)[number]

export interface Rating {
  name: string
  means: RatingMeaning
}

/** Best first. */
export type RatingScale = Rating[]

/** Per claim: what Google's fact-check markup asks for that the review does not hold. */
export interface ClaimPublishing {
  /** The fact-check's own page, where the verdict is published. */
  url: string
  /** Who made the claim, when not the article's byline or quoted speaker. */
  claimant: string
  /** Where the claim appeared (its address), when not the article itself. */
  appearedAt: string
  /** When it appeared (YYYY-MM-DD), when not the article's date. */
  appearedOn: string
  /** The rating the editor chose from the scale at sign-off; '' for the scale's default. */
  rating: string
}

export interface PublishingSettings {
  ratingScale: RatingScale
  /** By local document id, then claim id. */
  claims: Record<string, Record<string, ClaimPublishing>>
}

export const noClaimPublishing: ClaimPublishing = {
  url: '',
  claimant: '',
  appearedAt: '',
  appearedOn: '',
  rating: ''
}

/** Claimcheck's own two words, until a desk sets its scale. */
export const defaultRatingScale: RatingScale = [
  { name: 'Verified', means: 'verified' },
  { name: 'Disputed', means: 'disputed' }
]

/** PolitiFact's Truth-O-Meter, offered as a starting point in the settings. */
export const truthOMeterScale: RatingScale = [
  { name: 'True', means: 'verified' },
  { name: 'Mostly true', means: 'verified' },
  { name: 'Half true', means: 'disputed' },
  { name: 'Mostly false', means: 'disputed' },
  { name: 'False', means: 'disputed' },
  { name: 'Pants on fire', means: 'disputed' }
]

export const noPublishingSettings = (): PublishingSettings => ({
  ratingScale: defaultRatingScale,
  claims: {}
})

export interface PublishedRating {
  name: string
  /** 1 (worst, the scale's last) to the scale's length (best, its first). */
  value: number
  best: number
  worst: 1
}

/**
 * The rating a signed-off verdict publishes: the one the editor chose, if it still means that
 * verdict, else the first of the scale that does (the best Verified, the mildest Disputed). None
 * for "Needs source": it is never a rating.
 */
export function publishedRating(
  scale: RatingScale,
  verdict: Verdict,
  chosen: string
): PublishedRating | null {
  if (verdict === 'needs-source') return null
  const matches = (rating: Rating) => rating.means === verdict
  const picked = scale.findIndex(
    (rating) => matches(rating) && rating.name.toLowerCase() === chosen.toLowerCase()
  )
  const index = picked >= 0 ? picked : scale.findIndex(matches)
  const rating = scale[index]
  if (!rating) return null
  return { name: rating.name, value: scale.length - index, best: scale.length, worst: 1 }
}
