/**
 * Reading published fact-checks from the three shapes they come in: a JSON-LD array (or graph) of
 * schema.org ClaimReview, a web page carrying ClaimReview JSON-LD in
 * `<script type="application/ld+json">`, and the Google Fact Check Tools API's answer
 * (`claims[].claimReview[]`). Recognised by content, so the import pipeline can route a feed before
 * it would treat the JSON or HTML as an article. Items that do not validate are counted, not kept.
 */
import { isWebLink } from '../security/web-link'
import {
  claimReviewNodes,
  isFactCheckToolsAnswer,
  isNode,
  parseJson,
  recogniseFeed,
  scriptBlocks,
  type FeedShape,
  type Json,
  type Node
} from './claim-review-shape'
import { FACT_CHECK_LIMITS, FactCheckDraft, factCheckKey } from './fact-check'

export { recogniseFeed, type FeedShape }

export interface ParsedFeed {
  shape: FeedShape
  factChecks: FactCheckDraft[]
  /** Reviews in the feed that could not be used (no claim, no rating, no http(s) link, too long). */
  skipped: number
}

/** A feed that cannot be used at all, told so a person can act on it. */
export class FeedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FeedError'
  }
}

/** The fact-checks in a feed; throws a FeedError when it holds none that can be used. */
export function parseFeed(text: string, fileName: string): ParsedFeed {
  const shape = recogniseFeed(text)
  if (!shape) throw new FeedError(`“${fileName}” holds no ClaimReview fact-checks.`)
  if (shape !== 'html' && parseJson(text) === undefined) {
    throw new FeedError(
      `“${fileName}” looks like a ClaimReview feed but is not valid JSON (it may be cut short).`
    )
  }
  const raw =
    shape === 'fact-check-tools'
      ? factCheckToolsReviews(parseJson(text))
      : shape === 'json-ld'
        ? claimReviewNodes(parseJson(text)).map(fromClaimReview)
        : scriptBlocks(text).flatMap((json) => claimReviewNodes(json).map(fromClaimReview))
  if (raw.length > FACT_CHECK_LIMITS.perFeed) {
    throw new FeedError(
      `“${fileName}” holds ${raw.length} fact-checks; Claimcheck imports up to ${FACT_CHECK_LIMITS.perFeed} at a time. Split the feed and import the parts.`
    )
  }
  const seen = new Set<string>()
  const factChecks: FactCheckDraft[] = []
  let skipped = 0
  for (const candidate of raw) {
    const parsed = FactCheckDraft.safeParse(candidate)
    if (!parsed.success) {
      skipped++
      continue
    }
    const key = factCheckKey(parsed.data)
    if (seen.has(key)) continue
    seen.add(key)
    factChecks.push(parsed.data)
  }
  if (factChecks.length === 0) {
    throw new FeedError(
      `None of the ${raw.length} fact-checks in “${fileName}” can be used: each needs the claim, a rating, the publisher and an http(s) link.`
    )
  }
  return { shape, factChecks, skipped }
}

/** A string field, or the `name` of an object (or the first of an array) in that field. */
function nameOf(value: Json): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  if (typeof first === 'string') return first
  if (isNode(first) && typeof first['name'] === 'string') return first['name']
  return undefined
}

const stringOf = (value: Json): string | undefined => (typeof value === 'string' ? value : undefined)

function siteOf(value: Json): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return isNode(first) ? (stringOf(first['url']) ?? stringOf(first['sameAs'])) : undefined
}

/** A schema.org ClaimReview as a draft; the schema decides whether it is usable. */
function fromClaimReview(node: Node): Record<string, unknown> {
  const rating = isNode(node['reviewRating']) ? node['reviewRating'] : {}
  const item = isNode(node['itemReviewed']) ? node['itemReviewed'] : {}
  const ratingValue = rating['ratingValue']
  return withoutEmpty({
    claim: stringOf(node['claimReviewed']) ?? stringOf(item['text']) ?? stringOf(item['name']),
    claimant: nameOf(item['author']),
    publisher: nameOf(node['author']) ?? nameOf(node['publisher']),
    publisherSite: linkOrNone(siteOf(node['author']) ?? siteOf(node['publisher'])),
    rating:
      stringOf(rating['alternateName']) ??
      stringOf(rating['name']) ??
      (typeof ratingValue === 'number' || typeof ratingValue === 'string'
        ? `${ratingValue}${rating['bestRating'] !== undefined ? ` of ${String(rating['bestRating'])}` : ''}`
        : undefined),
    publishedAt: stringOf(node['datePublished']) ?? stringOf(node['dateCreated']),
    url: stringOf(node['url']) ?? stringOf(node['@id'])
  })
}

/** `claims[].claimReview[]`: the claim's text and claimant, each review's publisher and rating. */
function factCheckToolsReviews(json: Json): Record<string, unknown>[] {
  if (!isFactCheckToolsAnswer(json)) return []
  return json.claims.flatMap((claim) => {
    if (!isNode(claim) || !Array.isArray(claim['claimReview'])) return []
    return claim['claimReview'].map((review) => {
      const node = isNode(review) ? review : {}
      const publisher = isNode(node['publisher']) ? node['publisher'] : {}
      return withoutEmpty({
        claim: stringOf(claim['text']),
        claimant: stringOf(claim['claimant']),
        publisher: stringOf(publisher['name']) ?? stringOf(publisher['site']),
        publisherSite: linkOrNone(websiteOf(stringOf(publisher['site']))),
        rating: stringOf(node['textualRating']),
        publishedAt: stringOf(node['reviewDate']) ?? stringOf(claim['claimDate']),
        url: stringOf(node['url'])
      })
    })
  })
}

/** A publisher's site is a nicety: one that is not an http(s) link is left out, the fact-check kept. */
const linkOrNone = (url: string | undefined): string | undefined =>
  url !== undefined && isWebLink(url.trim()) ? url : undefined

/** The API gives a bare host ("politifact.com"). */
const websiteOf = (site: string | undefined): string | undefined =>
  site && /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(site) ? `https://${site}` : site

/** Drops absent and blank fields, so optional ones validate as absent rather than as too short. */
function withoutEmpty(fields: Record<string, string | undefined>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value.trim() !== '')
  )
}
