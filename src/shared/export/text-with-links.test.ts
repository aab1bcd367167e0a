/**
 * Notes, tags and sources export to Markdown as they were written: web addresses stay links that
 * GitHub and Obsidian follow (not `https\://www\.…`), and emphasis characters, brackets and angle
 * brackets read back as the reviewer's text, not as Markdown. Golden file:
 * test/fixtures/export/golden/notes-with-links.md.
 */
import type { Nodes, Paragraph } from 'mdast'
import { lint } from 'markdownlint/sync'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { toString } from 'mdast-util-to-string'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { describe, expect, it } from 'vitest'
import { noteWrittenAt, notes, notesWithLinks } from '../../../test/fixtures/export/notes-with-links'
import { exportMarkdown } from './markdown'
import { exportAnnotatedArticle } from './markdown-article'
import { textWithLinks } from './text-with-links'

function parse(markdown: string) {
  return fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])]
  })
}

function nodesOf<T extends Nodes['type']>(tree: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const found: Nodes[] = []
  const walk = (node: Nodes) => {
    if (node.type === type) found.push(node)
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(tree)
  return found as Extract<Nodes, { type: T }>[]
}

const review = exportMarkdown(notesWithLinks(), { exportedAt: noteWrittenAt })

describe('notes with links, emphasis characters and brackets in the Markdown review', () => {
  it('match the golden file', async () => {
    await expect(review).toMatchFileSnapshot('../../../test/fixtures/export/golden/notes-with-links.md')
  })

  it('keep every address as typed, with no backslash in it', () => {
    expect(review).toContain('<https://www.reuters.com/world/us/pentagon-budget-2026-04-01/>')
    expect(review).toContain('[www.bbc.co.uk/news/world-12345](https://www.bbc.co.uk/news/world-12345)')
    expect(review).not.toMatch(/https?\\:|www\\\./)
  })

  it('are markdownlint-clean (no bare URL)', () => {
    const config = { default: true, MD013: false, MD025: { front_matter_title: '' } }
    expect(lint({ strings: { review }, config }).toString()).toBe('')
  })

  it('read back as the reviewer wrote them, each address a link to itself', () => {
    const tree = parse(review)
    const paragraphs = nodesOf(tree, 'paragraph').map((paragraph: Paragraph) => toString(paragraph))
    for (const note of Object.values(notes)) expect(paragraphs).toContain(`Note: ${note}`)
    const links = nodesOf(tree, 'link').map((link) => link.url)
    expect(links).toEqual(
      expect.arrayContaining([
        'https://www.reuters.com/world/us/pentagon-budget-2026-04-01/',
        'https://www.bbc.co.uk/news/world-12345',
        'https://en.wikipedia.org/wiki/Budget_(disambiguation)',
        'https://example.org/search?q=budget&year=2026#results',
        'https://comptroller.defense.gov/Budget-Materials/'
      ])
    )
    // Written text, never structure: no emphasis, inline code or HTML came out of a note.
    for (const type of ['emphasis', 'strong', 'inlineCode', 'html'] as const) {
      const inNotes = nodesOf(tree, type).filter((node) => !toString(node).endsWith(':'))
      expect(inNotes, type).toEqual([])
    }
    expect(paragraphs).toContain('Tags: c++, needs_review, #budget, www.dod.gov')
  })

  it('read back the same way in the annotated article', () => {
    const article = exportAnnotatedArticle(notesWithLinks(), { exportedAt: noteWrittenAt })
    const paragraphs = nodesOf(parse(article), 'paragraph').map((paragraph) => toString(paragraph))
    for (const note of Object.values(notes)) expect(paragraphs).toContain(`Note: ${note}`)
  })
})

describe('textWithLinks', () => {
  const parts = (value: string) =>
    textWithLinks(value).map((part) => (part.type === 'link' ? `<${part.url}>` : toString(part)))

  it('leaves sentence punctuation and an unopened parenthesis outside the address', () => {
    expect(parts('See https://a.example/x. Or (https://b.example/y), or https://c.example/(z)!')).toEqual([
      'See ',
      '<https://a.example/x>',
      '. Or (',
      '<https://b.example/y>',
      '), or ',
      '<https://c.example/(z)>',
      '!'
    ])
  })

  it('treats a bare scheme or "www." as text', () => {
    expect(parts('type http:// or www. here')).toEqual(['type http:// or www. here'])
  })
})
