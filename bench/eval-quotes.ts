/**
 * `npx tsx bench/eval-quotes.ts`: quote attribution on the project's own test articles
 * (`newsArticles` in test/fixtures/claims/quote-articles.ts), as JSON: quotes found, attributed, stated or inferred,
 * the share left unattributed, and the "he said" quotations with a speaker.
 */
import { newsArticles } from '../test/fixtures/claims/quote-articles'
import { quoteCensus } from './lib/quote-census'

const census = quoteCensus(newsArticles)
console.log(
  JSON.stringify(
    {
      ...census,
      unattributedShare: Number((census.unattributed / census.quotes).toFixed(3)),
      goals: { unattributedShareAtMost: 0.2, everyPronounQuoteHasSpeaker: true, badSpeakers: 0 }
    },
    null,
    2
  )
)
