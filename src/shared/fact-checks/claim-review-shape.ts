/**
 * Telling a ClaimReview feed by its content, apart from reading it (claim-review-feed.ts): the page
 * checks a dropped file with this before sending it, and should not build the feed's schemas to.
 */

export type FeedShape = 'json-ld' | 'html' | 'fact-check-tools'

export type Json = unknown
export type Node = Record<string, Json>

const ldJsonScript =
  /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi
const mentionsClaimReview =
  /["']@type["']\s*:\s*(?:\[[^\]]*)?["'](?:https?:\/\/schema\.org\/)?ClaimReview["']/

/**
 * The feed's shape when `text` is one, else null (an ordinary article or annotation file). Cheap:
 * only a text that names ClaimReview is parsed.
 */
export function recogniseFeed(text: string): FeedShape | null {
  const start = text.trimStart()
  if (start.startsWith('[') || start.startsWith('{')) {
    if (!/claimReview/i.test(text)) return null
    const json = parseJson(text)
    // Broken JSON that names ClaimReview is a broken feed: say so, rather than import it as something else.
    if (json === undefined) return mentionsClaimReview.test(text) ? 'json-ld' : null
    if (isFactCheckToolsAnswer(json)) return 'fact-check-tools'
    return claimReviewNodes(json).length > 0 ? 'json-ld' : null
  }
  if (start.startsWith('<') && mentionsClaimReview.test(text)) {
    return scriptBlocks(text).some((json) => claimReviewNodes(json).length > 0) ? 'html' : null
  }
  return null
}

export function parseJson(text: string): Json {
  try {
    return JSON.parse(text) as Json
  } catch {
    return undefined
  }
}

export const isNode = (value: Json): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function scriptBlocks(html: string): Json[] {
  return [...html.matchAll(ldJsonScript)].map((match) => parseJson(decodeScript(match[1] ?? '')))
}

/** Pages sometimes wrap JSON-LD in HTML comments or CDATA. */
const decodeScript = (body: string): string =>
  body
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\/<!\[CDATA\[|\/\/\]\]>$/g, '')

function hasType(node: Node, type: string): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']]
  return types.some(
    (value) => typeof value === 'string' && value.replace(/^https?:\/\/schema\.org\//, '') === type
  )
}

/** Every ClaimReview in a JSON-LD document: at the top, in an array, or in an `@graph`. */
export function claimReviewNodes(json: Json, depth = 0): Node[] {
  if (depth > 3) return []
  if (Array.isArray(json)) return json.flatMap((item) => claimReviewNodes(item, depth + 1))
  if (!isNode(json)) return []
  if (hasType(json, 'ClaimReview')) return [json]
  return claimReviewNodes(json['@graph'], depth + 1)
}

export function isFactCheckToolsAnswer(json: Json): json is { claims: Json[] } {
  return (
    isNode(json) &&
    Array.isArray(json['claims']) &&
    json['claims'].some((claim) => isNode(claim) && Array.isArray(claim['claimReview']))
  )
}
