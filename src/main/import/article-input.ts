/**
 * What an article builder takes and reports, as types only: the importers, the worker and the
 * services all name these, so they live apart from any code that would pull the importers in.
 */
import type { Article } from '../../shared/model'

/** A file's content as the renderer sent it (text) or as main read it from disk (bytes). */
export type FileInput = { fileName: string; text: string } | { fileName: string; bytes: Uint8Array }

/** A body main fetched from the web: `fileName` names it in messages, `url` is where it was read. */
export interface WebPageInput {
  fileName: string
  url: string
  contentType: string
  bytes: Uint8Array
}

export type ArticleInput = FileInput | WebPageInput

/** Pages read so far, out of how many. */
export type PageProgress = (pagesRead: number, pageCount: number) => void

export interface ArticleBuilder {
  /**
   * The file's article; refusals (bad-file, too-large, unsupported) reject with an ApiFailure.
   * `onProgress` hears how far a PDF has been read, page by page.
   */
  build(input: ArticleInput, onProgress?: PageProgress): Promise<Article>
}
