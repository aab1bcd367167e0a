import { describe, expect, it } from 'vitest'
import { defaultRatingScale, publishedRating, truthOMeterScale } from './publishing-scale'
import { PublishingSettingsSchema, RatingScale } from './publishing-settings'

describe('publishedRating', () => {
  it('gives the chosen rating when it means the signed-off verdict', () => {
    expect(publishedRating(truthOMeterScale, 'disputed', 'pants on fire')).toEqual({
      name: 'Pants on fire',
      value: 1,
      best: 6,
      worst: 1
    })
  })

  it('falls back to the first rating meaning the verdict when the choice means the other one', () => {
    expect(publishedRating(truthOMeterScale, 'verified', 'False')?.name).toBe('True')
    expect(publishedRating(truthOMeterScale, 'disputed', '')?.name).toBe('Half true')
  })

  it('never rates "Needs source"', () => {
    expect(publishedRating(defaultRatingScale, 'needs-source', 'Verified')).toBeNull()
  })
})

describe('the publishing settings schema', () => {
  it('refuses a scale with two ratings of the same name, or without a Disputed one', () => {
    const twice = RatingScale.safeParse([
      { name: 'True', means: 'verified' },
      { name: 'true', means: 'disputed' }
    ])
    expect(twice.success ? '' : twice.error.issues[0]?.message).toBe('Two ratings have the same name.')
    const oneSided = RatingScale.safeParse([
      { name: 'True', means: 'verified' },
      { name: 'Mostly true', means: 'verified' }
    ])
    expect(oneSided.success).toBe(false)
  })

  it('refuses a javascript: fact-check address and a date not written YYYY-MM-DD', () => {
    const parsed = PublishingSettingsSchema.safeParse({
      ratingScale: truthOMeterScale,
      claims: {
        doc: {
          c1: {
            url: 'javascript:alert(1)',
            claimant: '',
            appearedAt: '',
            appearedOn: '10/03/2026',
            rating: ''
          }
        }
      }
    })
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)).toEqual([
      'A web address starts with http:// or https://.',
      'A date is written YYYY-MM-DD.'
    ])
  })
})
