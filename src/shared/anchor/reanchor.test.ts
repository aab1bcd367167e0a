import { describe, expect, it } from 'vitest'
import { targetFor } from '../annotations/selectors'
import { buildArticle } from '../document/build-article'
import type { Annotations, ClaimReview } from '../model'
import { parsePlainText } from '../text/plain-text'
import { matchQuote } from './match-quote'
import { reanchorAnnotations } from './reanchor'

const version1 = [
  'Riverside Library Reopens',
  '',
  'The library closed in March for repairs. Work cost 2.4 million pounds, the council said.',
  '',
  'Opening hours are longer than before. The café on the ground floor sells soup.',
  '',
  'Volunteers catalogued 12,000 books over the summer.'
].join('\n')

const version2 = [
  'Riverside Library Reopens After Repairs',
  '',
  'A new introduction paragraph was added by the editor. It says nothing checkable.',
  '',
  'The library closed in March for repairs. Work cost 2.6 million pounds, the council said.',
  '',
  'Opening hours are longer than before.',
  '',
  'Volunteers catalogued 12,000 books over the summer.'
].join('\n')

function reviewOf(text: string, start: number, end: number, note: string): ClaimReview {
  return {
    claimId: 'x',
    target: targetFor(text, start, end),
    status: 'disputed',
    note,
    sources: [],
    tags: [],
    history: [],
    updatedAt: '2026-01-01T00:00:00.000Z'
  }
}

function annotate(sentences: string[]): Annotations {
  const article = buildArticle(parsePlainText(version1, 'library.txt'))
  const claims: Annotations['claims'] = {}
  for (const claim of article.claims) {
    const text = article.text.slice(claim.start, claim.end)
    const index = sentences.findIndex((sentence) => text.startsWith(sentence))
    if (index >= 0)
      claims[claim.id] = {
        ...reviewOf(article.text, claim.start, claim.end, `note ${index}`),
        claimId: claim.id
      }
  }
  return { claims, highlights: [] }
}

describe('matchQuote', () => {
  const text = 'The cat sat. The dog sat. The cat sat again, later.'
  it('picks the occurrence whose prefix and suffix match among repeated quotes', () => {
    const quote = { exact: 'The cat sat', prefix: 'The dog sat. ', suffix: ' again' }
    expect(matchQuote(text, quote)?.start).toBe(26)
  })
  it('finds an edited quote approximately', () => {
    const match = matchQuote('Work cost 2.6 million pounds, the council said.', {
      exact: 'Work cost 2.4 million pounds',
      prefix: '',
      suffix: ''
    })
    expect(match).toMatchObject({ start: 0, end: 28 })
    expect(match?.similarity).toBeLessThan(1)
  })
  it('gives up on a quote that is gone', () => {
    expect(matchQuote(text, { exact: 'Opening hours are longer', prefix: '', suffix: '' })).toBeNull()
  })
})

describe('reanchorAnnotations', () => {
  const previous = annotate(['Work cost', 'Volunteers', 'The café'])
  const next = buildArticle(parsePlainText(version2, 'library.txt'))
  const result = reanchorAnnotations({ annotations: previous }, next, '2026-02-02T00:00:00.000Z')
  const textOf = (claimId: string): string => {
    const claim = next.claims.find((candidate) => candidate.id === claimId)
    return claim ? next.text.slice(claim.start, claim.end) : ''
  }

  it('moves reviews to the claims that now hold their sentences, edited or not', () => {
    const moved = Object.values(result.annotations.claims).map((review) => [
      textOf(review.claimId),
      review.note
    ])
    expect(moved).toEqual(
      expect.arrayContaining([
        ['Work cost 2.6 million pounds, the council said.', 'note 0'],
        ['Volunteers catalogued 12,000 books over the summer.', 'note 1']
      ])
    )
    expect(result.placed).toBe(2)
  })

  it('keeps a review whose sentence was deleted as an orphan with its note and status', () => {
    expect(result.orphaned).toBe(1)
    expect(result.annotations.orphans?.[0]?.annotation).toMatchObject({
      kind: 'claim',
      review: {
        note: 'note 2',
        status: 'disputed',
        target: { quote: { exact: 'The café on the ground floor sells soup.' } }
      }
    })
  })

  it('places an earlier orphan again when its passage comes back', () => {
    const back = buildArticle(parsePlainText(version1, 'library.txt'))
    const again = reanchorAnnotations(result, back, '2026-03-03T00:00:00.000Z')
    expect(again.orphaned).toBe(0)
    expect(again.placed).toBe(3)
  })
})
