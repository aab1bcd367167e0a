/**
 * `npx tsx bench/eval-quotes.ts`: quote attribution on the project's own test articles, as JSON:
 * quotes found, attributed, stated or inferred, the share left unattributed, the "he said"
 * quotations with a speaker, and the terms, titles and nicknames marked as such. Two sets: the
 * attribution patterns of issue 16 (test/fixtures/claims/quote-articles.ts) and the newsroom
 * articles of issue 26 (names with particles and initials, continuations, titles, nicknames).
 */
import { newsArticles } from '../test/fixtures/claims/quote-articles'
import { newsroomArticles } from '../test/fixtures/claims/newsroom-articles'
import { quoteCensus } from './lib/quote-census'

function report(articles: readonly string[]): object {
  const census = quoteCensus(articles)
  return { ...census, unattributedShare: Number((census.unattributed / census.quotes).toFixed(3)) }
}

console.log(
  JSON.stringify(
    {
      attributionPatterns: report(newsArticles),
      newsroom: report(newsroomArticles),
      goals: { unattributedShareAtMost: 0.1, everyPronounQuoteHasSpeaker: true, badSpeakers: 0 }
    },
    null,
    2
  )
)
