import { describe, expect, it } from 'vitest'
import { parsePlainText } from '../text/plain-text'
import { buildArticle } from './build-article'

/** A wire story saved as text from a web page: byline, dateline, a caption and page furniture. */
const wireStory = [
  'Harbour Wall to Be Rebuilt',
  '',
  'By Ana Ruiz, Reuters',
  '',
  'PORTSMOUTH, England, March 4 (Reuters) — The harbour wall will be rebuilt at a cost of £18 million, the council said on Tuesday. Work starts in June.',
  '',
  'Advertisement',
  '',
  'Waves break over the old wall in January. Photo: Ben Hale/PA Images',
  '',
  'The wall was last repaired in 1987.',
  '',
  'Share this article'
].join('\n')

describe('buildArticle and the lines that are not claims', () => {
  const article = buildArticle(parsePlainText(wireStory, 'harbour.txt'))
  const typed = article.blocks.map((block) => [block.type, article.text.slice(block.start, block.end)])
  const claims = article.claims.map((claim) => article.text.slice(claim.start, claim.end))

  it('gives the byline and the caption blocks of their own, and drops the furniture', () => {
    expect(typed).toEqual([
      ['title', 'Harbour Wall to Be Rebuilt'],
      ['byline', 'By Ana Ruiz, Reuters'],
      ['paragraph', expect.stringMatching(/^PORTSMOUTH, England, March 4 \(Reuters\) — The harbour wall/)],
      ['caption', 'Waves break over the old wall in January. Photo: Ben Hale/PA Images'],
      ['paragraph', 'The wall was last repaired in 1987.']
    ])
  })

  it('leaves the dateline out of the first claim and keeps every sentence of the story', () => {
    expect(claims).toEqual([
      'The harbour wall will be rebuilt at a cost of £18 million, the council said on Tuesday.',
      'Work starts in June.',
      'The wall was last repaired in 1987.'
    ])
  })

  it('reads a dateline only at the opening: later paragraphs keep every word in their claims', () => {
    const later = buildArticle({
      title: 'Rail',
      source: 'rail.txt',
      blocks: [
        { type: 'paragraph', text: 'Fares rise in May.' },
        { type: 'paragraph', text: 'LONDON — The capital is exempt.' },
        { type: 'paragraph', text: 'By Jane Doe' }
      ]
    })
    expect(later.claims.map((claim) => later.text.slice(claim.start, claim.end))).toEqual([
      'Fares rise in May.',
      'LONDON — The capital is exempt.',
      'By Jane Doe'
    ])
  })
})
