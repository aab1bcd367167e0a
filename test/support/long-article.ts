/**
 * Large import files for tests and benchmarks: the paragraphs of the long-text fixture repeated up
 * to a size, in each format's own markup (plain text, Markdown, an HTML page with one <article>).
 */
import { readFile } from 'node:fs/promises'

export type LongArticleFormat = 'txt' | 'md' | 'html'

const fixture = new URL('../fixtures/import/harbour-inquiry-long.txt', import.meta.url)

const opening: Record<LongArticleFormat, string> = {
  txt: 'A Long Inquiry Record\n\n',
  md: '# A Long Inquiry Record\n\n',
  html: '<!doctype html><html><head><title>A Long Inquiry Record</title></head><body><article><h1>A Long Inquiry Record</h1>'
}

export async function longArticle(bytes: number, format: LongArticleFormat): Promise<string> {
  const source = await readFile(fixture, 'utf8')
  const paragraphs = source
    .split(/\n\s*\n/)
    .slice(1)
    .filter((paragraph) => paragraph.length > 80)
  const close = format === 'html' ? '</article></body></html>' : ''
  const parts = [opening[format]]
  let size = opening[format].length + close.length
  for (let index = 0; size < bytes - 2048; index++) {
    const paragraph = paragraphs[index % paragraphs.length] ?? ''
    const piece = format === 'html' ? `<p>${paragraph}</p>\n` : `${paragraph}\n\n`
    parts.push(piece)
    size += piece.length
  }
  parts.push(close)
  return parts.join('')
}
