/** Runs the claims engine off the page's thread, so a long article opens without a stall. */
import { analyzeArticle } from '../../../shared/claims/analyze'
import type { Article } from '../../../shared/model'

self.onmessage = (event: MessageEvent<Article>) => {
  self.postMessage(analyzeArticle(event.data))
}
