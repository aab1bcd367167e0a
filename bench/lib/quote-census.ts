/**
 * Counts over the quotations the claims engine finds in a set of articles, for issue 16's bars:
 * how many stay unattributed, whether every "he said" quotation has a speaker, and whether any
 * speaker is something no speaker may be (a month, a weekday, a pronoun, a lowercase word).
 */
import { analyzeArticle } from '../../src/shared/claims/analyze'
import { buildArticle } from '../../src/shared/document/build-article'
import { parsePlainText } from '../../src/shared/text/plain-text'

export interface QuoteCensus {
  articles: number
  quotes: number
  attributed: number
  unattributed: number
  stated: number
  inferred: number
  /** Quotations whose sentence says "he said", "she added", "they told"… */
  pronounAttributed: number
  pronounAttributedWithSpeaker: number
  /** Quotation marks around a term, a title or a nickname: marked as such, not quotations. */
  terms: number
  /** Each speaker that is a month, a weekday, a pronoun or a lowercase word. */
  badSpeakers: string[]
}

const pronounVerb =
  /\b(?:he|she|they)\s+(?:said|says|added|adds|admitted|told|tells|wrote|writes|noted|explained|insisted|argued|warned|recalled|conceded)\b/i
const months = 'January February March April May June July August September October November December'
const weekdays = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'
const pronouns = 'He She They It We I You His Her Him Them'
const neverSpeakers = new Set(
  `${months} ${weekdays} ${pronouns}`.split(' ').map((word) => word.toLowerCase())
)

/** Whether `speaker` breaks the rule that a speaker is a name: a month, weekday, pronoun or lowercase. */
export function isBadSpeaker(speaker: string): boolean {
  const words = speaker.split(/\s+/)
  if (
    words.some(
      (word) =>
        !/^\p{Lu}/u.test(word) &&
        !/^(?:of|for|and|the|de|van|von|der|den|del|della|di|da|du|dos|das|le|la|bin|ibn|al|el|ter|ten|zu)$/.test(
          word
        )
    )
  )
    return true
  return words.length === 1 && neverSpeakers.has(speaker.toLowerCase())
}

export function quoteCensus(articles: readonly string[]): QuoteCensus {
  const census: QuoteCensus = {
    articles: articles.length,
    quotes: 0,
    attributed: 0,
    unattributed: 0,
    stated: 0,
    inferred: 0,
    pronounAttributed: 0,
    pronounAttributedWithSpeaker: 0,
    terms: 0,
    badSpeakers: []
  }
  for (const text of articles) {
    const article = buildArticle(parsePlainText(text, 'article.txt'))
    const analysis = analyzeArticle(article)
    analysis.claims.forEach(({ quote, terms }, index) => {
      census.terms += terms.length
      if (!quote) return
      census.quotes++
      const claim = article.claims[index]
      const sentence = claim ? article.text.slice(claim.start, claim.end) : ''
      const byPronoun = pronounVerb.test(sentence.replace(/“[^”]*”|"[^"]*"/g, ' '))
      if (byPronoun) census.pronounAttributed++
      if (!quote.speaker) {
        census.unattributed++
        return
      }
      census.attributed++
      if (quote.certainty === 'stated') census.stated++
      else census.inferred++
      if (byPronoun) census.pronounAttributedWithSpeaker++
      if (isBadSpeaker(quote.speaker)) census.badSpeakers.push(quote.speaker)
    })
  }
  return census
}
