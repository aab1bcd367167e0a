import { describe, expect, it } from 'vitest'
import { exportClaimReview, ratingValue } from './claimreview'
import { insights, reviewedArticle } from '../../../test/fixtures/export/reviewed-article'

interface Review {
  claimReviewed: string
  reviewRating: { ratingValue: number; worstRating: number; bestRating: number; alternateName: string }
  itemReviewed: { '@type': string; author?: { name: string }; appearance: { url?: string } }
  author?: unknown
  datePublished: string
}

const parse = (json: string) => (JSON.parse(json) as { '@graph': Review[] })['@graph']

describe('exportClaimReview', () => {
  const reviews = parse(
    exportClaimReview(reviewedArticle(), { reviewer: { name: 'Sam Reyes', organisation: '' }, insights })
  )

  it('has one ClaimReview per claim with a status, none for a claim that only has a note', () => {
    expect(reviews.map((review) => review.reviewRating.alternateName)).toEqual([
      'Verified',
      'Needs source',
      'Disputed',
      'Verified'
    ])
  })

  it('publishes no ClaimReview for a sentence marked not a claim: it has no rating', () => {
    const reviewed = reviews.map((review) => review.claimReviewed)
    expect(reviewed).not.toContain('More on this story as it develops.')
    expect(reviewed).toHaveLength(4)
  })

  it('rates within the scale it states, disputed worst and verified best', () => {
    for (const { reviewRating } of reviews) {
      const { ratingValue: value, worstRating, bestRating } = reviewRating
      expect(value >= worstRating && value <= bestRating, `${value} in ${worstRating}..${bestRating}`).toBe(
        true
      )
    }
    expect(ratingValue.disputed).toBeLessThan(ratingValue['needs-source'])
    expect(ratingValue['needs-source']).toBeLessThan(ratingValue.verified)
  })

  it('names the quoted speaker as the claim’s author, and the byline otherwise', () => {
    expect(reviews.map((review) => review.itemReviewed.author?.name)).toEqual([
      'Dana Okafor',
      'Dana Okafor',
      'Ines Caldwell',
      'Dana Okafor'
    ])
    expect(reviews[0]?.itemReviewed.appearance.url).toBe(
      'https://news.example.org/2026/03/riverside-water-bills'
    )
  })

  it('leaves the author out until the reviewer has set a name or organisation', () => {
    const anonymous = parse(
      exportClaimReview(reviewedArticle(), { reviewer: { name: '', organisation: '' }, insights })
    )
    expect(anonymous[0]?.author).toBeUndefined()
    expect(reviews[0]?.author).toEqual({ '@type': 'Person', name: 'Sam Reyes' })
  })
})
