/**
 * A desk document's ClaimReview: only what an editor signed off is published, rated on the desk's
 * scale, with the signing editor as author; golden-file tested like the other exports.
 */
import { describe, expect, it } from 'vitest'
import { exportClaimReview, type DeskPublishing } from './claimreview'
import { insights, reviewedArticle } from '../../../test/fixtures/export/reviewed-article'
import { truthOMeterScale } from '../desk/view/publishing-scale'

interface Review {
  url?: string
  claimReviewed: string
  reviewRating: { ratingValue: number; worstRating: number; bestRating: number; alternateName: string }
  itemReviewed: { author?: { name: string }; appearance: { url?: string }; datePublished?: string }
  author: { '@type': string; name: string; affiliation?: { name: string } }
  datePublished: string
  reviewBody?: string
}

const parse = (json: string) => (JSON.parse(json) as { '@graph': Review[] })['@graph']
const document = reviewedArticle()
const reviewer = { name: 'Sam Reyes', organisation: 'Riverside Fact Desk' }

const desk: DeskPublishing = {
  ratingScale: truthOMeterScale,
  signOffs: {
    // c1 is verified in the member's own review too; the sign-off, not the review, is published.
    c1: {
      editor: 'erin',
      verdict: 'verified',
      reason: 'Minutes confirm it.',
      at: '2026-03-18T10:00:00.000Z',
      stale: false
    },
    c3: {
      editor: 'erin',
      verdict: 'disputed',
      reason: 'The 1998 cut was larger.',
      at: '2026-03-18T11:00:00.000Z',
      stale: false
    },
    // Stale: a verdict it saw changed since; not published until confirmed again.
    c6: { editor: 'erin', verdict: 'verified', reason: '', at: '2026-03-18T12:00:00.000Z', stale: true },
    // "Needs source" is never a rating.
    c2: {
      editor: 'erin',
      verdict: 'needs-source',
      reason: 'No source yet.',
      at: '2026-03-18T12:00:00.000Z',
      stale: false
    }
  },
  claims: {
    c3: {
      url: 'https://factdesk.example.org/checks/largest-cut',
      claimant: 'Ines Caldwell',
      appearedAt: 'https://video.example.org/council-2026-03-10',
      appearedOn: '2026-03-10',
      rating: 'Mostly false'
    }
  }
}

describe('the ClaimReview export of a desk document', () => {
  const reviews = parse(exportClaimReview(document, { reviewer, insights, desk }))

  it('publishes only the claims an editor signed off, not stale or needs-source ones', () => {
    expect(reviews.map((review) => review.claimReviewed)).toEqual([
      document.text.slice(document.claims[0]!.start, document.claims[0]!.end),
      document.text.slice(document.claims[2]!.start, document.claims[2]!.end)
    ])
    expect(reviews.map((review) => review.reviewRating.alternateName)).not.toContain('Needs source')
  })

  it('names the signing editor as author, for the reviewer’s organisation', () => {
    expect(reviews.map((review) => review.author.name)).toEqual(['erin', 'erin'])
    expect(reviews[0]?.author.affiliation?.name).toBe('Riverside Fact Desk')
    expect(JSON.stringify(reviews)).not.toContain('Sam Reyes')
  })

  it('rates on the desk’s scale: the chosen rating, else the best one meaning the verdict', () => {
    expect(reviews.map((review) => review.reviewRating)).toEqual([
      { '@type': 'Rating', ratingValue: 6, worstRating: 1, bestRating: 6, alternateName: 'True' },
      { '@type': 'Rating', ratingValue: 3, worstRating: 1, bestRating: 6, alternateName: 'Mostly false' }
    ])
  })

  it('carries the fact-check’s own address, the claimant, and where and when the claim appeared', () => {
    const [, disputed] = reviews
    expect(disputed?.url).toBe('https://factdesk.example.org/checks/largest-cut')
    expect(disputed?.itemReviewed.author?.name).toBe('Ines Caldwell')
    expect(disputed?.itemReviewed.appearance.url).toBe('https://video.example.org/council-2026-03-10')
    expect(disputed?.itemReviewed.datePublished).toBe('2026-03-10')
    expect(disputed?.reviewBody).toBe('The 1998 cut was larger.')
    expect(disputed?.datePublished).toBe('2026-03-18')
  })

  it('publishes nothing before any sign-off', () => {
    expect(
      parse(exportClaimReview(document, { reviewer, insights, desk: { ...desk, signOffs: {} } }))
    ).toEqual([])
  })

  it('matches its golden file', async () => {
    await expect(exportClaimReview(document, { reviewer, insights, desk })).toMatchFileSnapshot(
      '../../../test/fixtures/export/golden/claimreview-desk.jsonld'
    )
  })
})
