import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FeedError, parseFeed, recogniseFeed } from './claim-review-feed'

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/fact-checks/${name}`, import.meta.url), 'utf8')

describe('recogniseFeed', () => {
  it('tells each feed shape by its content, and leaves articles and annotation files alone', () => {
    expect(recogniseFeed(fixture('claim-reviews.jsonld'))).toBe('json-ld')
    expect(recogniseFeed(fixture('fact-check-page.html'))).toBe('html')
    expect(recogniseFeed(fixture('fact-check-tools.json'))).toBe('fact-check-tools')
    expect(
      recogniseFeed('<!doctype html><html><body><p>An article about ClaimReview markup.</p></body></html>')
    ).toBeNull()
    expect(
      recogniseFeed(JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation' }))
    ).toBeNull()
    expect(recogniseFeed('Fact-checkers publish a claimReview for each claim.')).toBeNull()
  })
})

describe('parseFeed', () => {
  it('reads a JSON-LD array of ClaimReview, leaving out the one without an http(s) link', () => {
    const feed = parseFeed(fixture('claim-reviews.jsonld'), 'claim-reviews.jsonld')
    expect(feed.skipped).toBe(1)
    expect(feed.factChecks).toEqual([
      {
        claim: "Rotterdam's port handled a record 4,210 ships in 2022.",
        claimant: 'Harbour authority',
        publisher: 'Factdesk',
        publisherSite: 'https://factdesk.example.org',
        rating: 'Mostly false',
        publishedAt: '2023-02-14',
        url: 'https://factdesk.example.org/checks/port-ships-2022'
      },
      {
        claim: 'The library lost a third of its budget in 2021.',
        publisher: 'Checkpoint',
        rating: 'True',
        publishedAt: '2024-06-03',
        url: 'https://checkpoint.example.net/2024/06/library-budget'
      }
    ])
  })

  it('reads the ClaimReview in a page’s JSON-LD graph, rating and claimant included', () => {
    const feed = parseFeed(fixture('fact-check-page.html'), 'fact-check-page.html')
    expect(feed).toEqual({
      shape: 'html',
      skipped: 0,
      factChecks: [
        {
          claim: 'Tram ridership in Lyon tripled between 2010 and 2020.',
          claimant: 'Marie Laurent',
          publisher: 'Verifact',
          publisherSite: 'https://verifact.example.com',
          rating: 'Half true',
          publishedAt: '2021-11-08T09:30:00+01:00',
          url: 'https://verifact.example.com/lyon-trams'
        }
      ]
    })
  })

  it('reads the Fact Check Tools answer: one fact-check per review, the publisher’s site as a link', () => {
    const feed = parseFeed(fixture('fact-check-tools.json'), 'fact-check-tools.json')
    expect(feed.shape).toBe('fact-check-tools')
    expect(feed.factChecks.map((check) => [check.publisher, check.rating, check.url])).toEqual([
      ['Nordcheck', 'Mostly true', 'https://nordcheck.example.dk/wind-2019'],
      ['Energy Facts', 'Accurate', 'https://energyfacts.example.com/denmark-wind'],
      ['localcheck.example.org', 'False', 'http://localcheck.example.org/roads-2023']
    ])
    expect(feed.factChecks[0]).toMatchObject({
      claim: "Wind farms supplied 40% of Denmark's electricity in 2019.",
      claimant: 'Energy minister',
      publisherSite: 'https://nordcheck.example.dk',
      publishedAt: '2020-01-15T00:00:00Z'
    })
  })

  it('keeps only the usable review of a hostile feed: no over-long text, no data: or file: links, no objects as text', () => {
    const feed = parseFeed(fixture('hostile-feed.jsonld'), 'hostile-feed.jsonld')
    expect(feed.skipped).toBe(5)
    expect(feed.factChecks).toEqual([
      {
        claim: 'Only this one is usable: 7 bridges closed in 2022.',
        publisher: 'Okay Checks',
        rating: 'Misleading',
        url: 'https://x.example/ok'
      }
    ])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('says what is wrong with a feed that is cut short, or holds nothing usable, or too much', () => {
    expect(() => parseFeed(fixture('broken-feed.json'), 'broken-feed.json')).toThrow(
      new FeedError(
        '“broken-feed.json” looks like a ClaimReview feed but is not valid JSON (it may be cut short).'
      )
    )
    const unusable = JSON.stringify([{ '@type': 'ClaimReview', claimReviewed: 'No link.', reviewRating: {} }])
    expect(() => parseFeed(unusable, 'x.jsonld')).toThrow(
      /None of the 1 fact-checks in “x.jsonld” can be used/
    )
    const review = (n: number) => ({
      '@type': 'ClaimReview',
      claimReviewed: `Claim ${n}`,
      url: `https://x.example/${n}`,
      author: { name: 'X' },
      reviewRating: { alternateName: 'False' }
    })
    const tooMany = JSON.stringify(Array.from({ length: 10_001 }, (_, n) => review(n)))
    expect(() => parseFeed(tooMany, 'big.jsonld')).toThrow(
      /holds 10001 fact-checks; Claimcheck imports up to 10000/
    )
  })

  it('counts a review repeated in one feed once', () => {
    const text = fixture('claim-reviews.jsonld')
    const twice = JSON.stringify([...JSON.parse(text), ...JSON.parse(text)])
    expect(parseFeed(twice, 'twice.jsonld').factChecks).toHaveLength(2)
  })
})
