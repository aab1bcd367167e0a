/**
 * Markdown import: parsed to mdast (CommonMark + GFM + YAML front matter), never rendered as HTML.
 * Headings, paragraphs, list items and block quotes become blocks; emphasis, strong and links are
 * kept as marks over their words (see markdown-inlines). Raw HTML is dropped unread, so nothing in
 * it can run.
 */
import type { Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { parse as parseYaml } from 'yaml'
import type { ArticleDraft, BlockText } from '../document/build-article'
import { titleFromFileName } from './file-name'
import {
  inlineRun,
  joinRuns,
  linkDefinitions,
  type InlineRun,
  type LinkDefinitions
} from './markdown-inlines'

const block = (type: BlockText['type'], run: InlineRun): BlockText =>
  run.marks.length ? { type, text: run.text, marks: run.marks } : { type, text: run.text }

function frontMatterTitle(root: Root): string | null {
  const yamlNode = root.children.find((node) => node.type === 'yaml')
  if (!yamlNode || yamlNode.type !== 'yaml') return null
  try {
    const data: unknown = parseYaml(yamlNode.value)
    if (data && typeof data === 'object' && 'title' in data && typeof data.title === 'string') {
      return data.title.trim() || null
    }
  } catch {
    // Broken front matter is ignored: the document itself is still worth importing.
  }
  return null
}

function collectBlocks(
  nodes: RootContent[],
  context: 'body' | 'list-item' | 'blockquote',
  out: BlockText[],
  definitions: LinkDefinitions
): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        out.push(block('heading', inlineRun(node, definitions)))
        break
      case 'paragraph':
        out.push(block(context === 'body' ? 'paragraph' : context, inlineRun(node, definitions)))
        break
      case 'list':
        for (const item of node.children)
          collectBlocks(item.children, context === 'blockquote' ? context : 'list-item', out, definitions)
        break
      case 'blockquote':
        collectBlocks(node.children, 'blockquote', out, definitions)
        break
      case 'table':
        for (const row of node.children) {
          const cells = row.children.map((cell) => inlineRun(cell, definitions))
          out.push(block('paragraph', joinRuns(cells, ' — ')))
        }
        break
      default:
        // Code, raw HTML, rules, definitions and front matter are not article prose.
        break
    }
  }
}

export function parseMarkdown(markdown: string, source: string): ArticleDraft {
  const root = fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])]
  })
  const body: BlockText[] = []
  collectBlocks(root.children, 'body', body, linkDefinitions(root))
  let title = frontMatterTitle(root)
  const firstHeading = root.children.find((node) => node.type === 'heading' && node.depth === 1)
  const headingTitle = firstHeading ? inlineRun(firstHeading).text.trim() : ''
  if (!title && headingTitle) title = headingTitle
  // The heading that gave (or repeats) the title is not shown twice.
  const duplicate = body.findIndex((block) => block.type === 'heading' && block.text.trim() === title)
  if (duplicate >= 0) body.splice(duplicate, 1)
  title ??= titleFromFileName(source)
  return { title, source, blocks: [{ type: 'title', text: title }, ...body] }
}
