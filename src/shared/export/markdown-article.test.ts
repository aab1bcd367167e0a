import { lint } from 'markdownlint/sync'
import { describe, expect, it } from 'vitest'
import { exportedAt, reviewedArticle } from '../../../test/fixtures/export/reviewed-article'
import { exportMarkdown } from './markdown'
import { exportAnnotatedArticle } from './markdown-article'

const article = exportAnnotatedArticle(reviewedArticle(), { exportedAt })

/**
 * markdownlint with its defaults, less line length (prose is one line per paragraph) and less the
 * front matter's title counting as a second top-level heading: the title is kept in both on purpose,
 * as a property for Obsidian and as the heading a reader sees.
 */
function lintProblems(markdown: string): string {
  return lint({
    strings: { export: markdown },
    config: { default: true, MD013: false, MD025: { front_matter_title: '' } }
  }).toString()
}

describe('exportAnnotatedArticle', () => {
  it('is markdownlint-clean, and so is the review export', () => {
    expect(lintProblems(article)).toBe('')
    expect(lintProblems(exportMarkdown(reviewedArticle(), { exportedAt }))).toBe('')
  })

  it('keeps the article in reading order, each reviewed claim followed by its status and footnote', () => {
    expect(article).toContain(
      'Riverside’s council voted on Tuesday to **cut household water bills** by 12% from April. **(Verified)**[^riverside-3f9a1c2e-1] The average bill'
    )
    expect(article).toContain('## What the mayor said')
    expect(article.indexOf('## What the mayor said')).toBeLessThan(article.indexOf('- Pipe repairs'))
  })

  it('puts consecutive list items in one list and keeps block quotes and links', () => {
    expect(article).toContain('- Pipe repairs cost £3.1 million last year.\n- The reservoir holds')
    expect(article).toContain('> Rates are set by the regulator, not the council.')
    expect(article).toContain('[Mayor Ines Caldwell](https://riverside.example.gov/mayor) said:')
  })

  it('escapes the article’s own Markdown characters and labels the notes as notes', () => {
    expect(article).toContain('Critics called the figure \\*misleading\\*')
    expect(article).toContain('[^riverside-3f9a1c2e-3]: **Note:** =HYPERLINK(')
  })
})
