import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildArticle } from '../document/build-article'
import { emptyAnnotations } from '../model'
import { parsePlainText } from '../text/plain-text'
import { exportedAt, reviewedArticle } from '../../../test/fixtures/export/reviewed-article'
import { exportW3c } from '../export/w3c'
import { placeWebAnnotations, readWebAnnotations } from './web-annotations'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/annotations/${name}`, import.meta.url), 'utf8')
const article = buildArticle(parsePlainText(fixture('water-article.txt'), 'water.txt'))
const NOW = '2024-04-01T12:00:00.000Z'
const textOf = (target: { position: { start: number; end: number } }) =>
  article.text.slice(target.position.start, target.position.end)

describe('readWebAnnotations', () => {
  it('reads a Hypothesis export: quote, note, tags and page; page notes without a quote are skipped', () => {
    const { annotations, skipped } = readWebAnnotations(JSON.parse(fixture('hypothesis-export.json')))
    expect(skipped).toBe(1)
    expect(annotations).toHaveLength(3)
    expect(annotations[0]).toMatchObject({
      source: 'https://example.org/water-bills',
      status: null,
      note: "Ofwat's 2023 report says £29, not £31.",
      tags: ['bills', 'ofwat'],
      target: { position: { start: 31, end: 121 } }
    })
  })

  it('reads Claimcheck’s own export: the status, note, tags and sources of a review', () => {
    const { annotations } = readWebAnnotations(JSON.parse(fixture('claimcheck-export.jsonld')))
    expect(annotations[0]).toMatchObject({
      status: 'disputed',
      note: 'The annual report gives 9%.',
      tags: ['leakage'],
      sources: [
        { url: 'https://example.org/annual-report', title: 'Annual report 2023', quote: 'Leakage fell by 9%' }
      ]
    })
    expect(annotations[1]).toMatchObject({ status: null, note: '' })
  })

  it('reads back a source’s accessed day, archived copy and what it shows from our own export', () => {
    const exported = exportW3c(reviewedArticle(), { exportedAt, generator: 'Claimcheck 0.1.0' })
    const { annotations } = readWebAnnotations(JSON.parse(exported))
    const sources = annotations.flatMap((annotation) => annotation.sources)
    expect(sources).toContainEqual(
      expect.objectContaining({
        url: 'https://riverside.example.gov/minutes/2026-03-10',
        accessedOn: '2026-03-16',
        archiveUrl: 'https://web.archive.example.org/2026/riverside.example.gov/minutes/2026-03-10',
        shows: 'The cut passed, 9 votes to 4.'
      })
    )
  })

  it('finds nothing in a file that is not a list of annotations', () => {
    expect(readWebAnnotations({ hello: 'world' })).toEqual({ annotations: [], skipped: 0 })
  })
})

describe('placeWebAnnotations', () => {
  it('places exact and fuzzy quotes as highlights and keeps the unplaceable one as an orphan', () => {
    const { annotations } = readWebAnnotations(JSON.parse(fixture('hypothesis-export.json')))
    const placed = placeWebAnnotations(emptyAnnotations(), article, annotations, NOW)
    expect(placed).toMatchObject({ placed: 2, orphaned: 1, unchanged: 0 })
    expect(placed.annotations.highlights.map((highlight) => textOf(highlight.target))).toEqual([
      'Water bills in the North West rose by £31 a year in 2023, according to the regulator Ofwat.',
      // Fuzzy: "nevr" in the file, "never" in the text.
      'the sewers were promised in 2015 and never built'
    ])
    expect(placed.annotations.highlights[1]?.note).toBe('Which sewers? Ask for the 2015 plan.')
    const [orphan] = placed.annotations.orphans ?? []
    expect(orphan?.annotation.kind === 'highlight' && orphan.annotation.highlight.note).toBe(
      'The reservoir paragraph was cut from the published piece.'
    )
  })

  it('turns an assessment into the review of the claim it quotes, and does not add it twice', () => {
    const { annotations } = readWebAnnotations(JSON.parse(fixture('claimcheck-export.jsonld')))
    const once = placeWebAnnotations(emptyAnnotations(), article, annotations, NOW)
    expect(once).toMatchObject({ placed: 2, orphaned: 0 })
    const [review] = Object.values(once.annotations.claims)
    expect(review && textOf(review.target)).toBe(
      'Leakage fell by 12% over the same period, the company claims.'
    )
    expect(review).toMatchObject({ status: 'disputed', tags: ['leakage'] })
    expect(textOf(once.annotations.highlights[0]!.target)).toBe('the highest bills in England')

    const twice = placeWebAnnotations(once.annotations, article, annotations, NOW)
    expect(twice).toMatchObject({ placed: 0, orphaned: 0, unchanged: 2 })
    expect(twice.annotations).toEqual(once.annotations)
  })

  it('keeps a claim’s own review and orphans an imported one that disagrees', () => {
    const { annotations } = readWebAnnotations(JSON.parse(fixture('claimcheck-export.jsonld')))
    const mine = placeWebAnnotations(emptyAnnotations(), article, annotations, NOW).annotations
    const changed = annotations.map((read) => (read.status ? { ...read, status: 'verified' as const } : read))
    const result = placeWebAnnotations(mine, article, changed, '2024-04-02T12:00:00.000Z')
    expect(result).toMatchObject({ orphaned: 1, unchanged: 1 })
    expect(Object.values(result.annotations.claims)[0]?.status).toBe('disputed')
    expect(result.annotations.orphans?.[0]?.annotation).toMatchObject({
      kind: 'claim',
      review: { status: 'verified' }
    })
  })
})
