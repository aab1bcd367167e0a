/**
 * `npx tsx bench/underline-share.ts`: how much of a news article the reading view underlines as
 * check-worthy, on the project's own articles (the sample article and the quotation test
 * articles), at the shipped line (CHECK_WORTHY_SCORE) and at the old one (0.5), and the line that
 * would underline exactly the top quarter of the median article — the calibration behind
 * CHECK_WORTHY_SCORE. Prints JSON. Not a test.
 */
import { readFileSync } from 'node:fs'
import { CHECK_WORTHY_SCORE } from '../src/shared/claims'
import { analyzeArticle } from '../src/shared/claims/analyze'
import { buildArticle } from '../src/shared/document/build-article'
import { parsePlainText } from '../src/shared/text/plain-text'
import { newsroomArticles } from '../test/fixtures/claims/newsroom-articles'
import { newsArticles } from '../test/fixtures/claims/quote-articles'

const OLD_LINE = 0.5
const TARGET_SHARE = 0.25

const sample = readFileSync(new URL('../resources/sample-article.txt', import.meta.url), 'utf8')
const articles = [sample, ...newsArticles, ...newsroomArticles].map((text) => {
  const article = buildArticle(parsePlainText(text, 'article.txt'))
  return { title: article.title, scores: analyzeArticle(article).claims.map((claim) => claim.score) }
})

const share = (scores: readonly number[], line: number): number =>
  scores.filter((score) => score >= line).length / Math.max(1, scores.length)
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
const round = (value: number): number => Math.round(value * 1000) / 1000

/** The lowest line, in steps of 0.01, at which the median article underlines at most the target share. */
let calibrated = 1
for (let step = 0; step <= 100; step++) {
  if (median(articles.map((article) => share(article.scores, step / 100))) <= TARGET_SHARE) {
    calibrated = step / 100
    break
  }
}

console.log(
  JSON.stringify(
    {
      articles: articles.length,
      claims: articles.reduce((sum, article) => sum + article.scores.length, 0),
      shippedLine: CHECK_WORTHY_SCORE,
      calibratedLine: calibrated,
      medianShare: {
        shipped: round(median(articles.map((article) => share(article.scores, CHECK_WORTHY_SCORE)))),
        old: round(median(articles.map((article) => share(article.scores, OLD_LINE))))
      },
      perArticle: articles.map((article) => ({
        title: article.title,
        claims: article.scores.length,
        shipped: round(share(article.scores, CHECK_WORTHY_SCORE)),
        old: round(share(article.scores, OLD_LINE))
      }))
    },
    null,
    2
  )
)
