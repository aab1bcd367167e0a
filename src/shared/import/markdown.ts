/**
 * Markdown import: parsed to mdast (CommonMark + GFM + YAML front matter), never rendered as HTML.
 * Headings, paragraphs, list items and block quotes become blocks; emphasis, code and link text stay
 * in the sentence as words (see `inlineText`). Raw HTML is dropped unread, so nothing in it can run.
 */
import type { Nodes, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { parse as parseYaml } from 'yaml'
import type { ArticleDraft, BlockText } from '../document/build-article'
import { titleFromFileName } from './file-name'

/**
 * The words of an inline run. Emphasis and strong keep their words; a link keeps its text (its
 * address is not part of what the article claims); raw HTML and images contribute nothing.
 */
export function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value
    case 'break':
      return ' '
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
    case 'code':
      return ''
    default:
      return 'children' in node ? node.children.map((child: Nodes) => inlineText(child)).join('') : ''
  }
}

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
  out: BlockText[]
): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        out.push({ type: 'heading', text: inlineText(node) })
        break
      case 'paragraph':
        out.push({ type: context === 'body' ? 'paragraph' : context, text: inlineText(node) })
        break
      case 'list':
        for (const item of node.children)
          collectBlocks(item.children, context === 'blockquote' ? context : 'list-item', out)
        break
      case 'blockquote':
        collectBlocks(node.children, 'blockquote', out)
        break
      case 'table':
        for (const row of node.children) {
          out.push({ type: 'paragraph', text: row.children.map((cell) => inlineText(cell)).join(' — ') })
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
  collectBlocks(root.children, 'body', body)
  let title = frontMatterTitle(root)
  const firstHeading = root.children.find((node) => node.type === 'heading' && node.depth === 1)
  const headingTitle = firstHeading ? inlineText(firstHeading).trim() : ''
  if (!title && headingTitle) title = headingTitle
  // The heading that gave (or repeats) the title is not shown twice.
  const duplicate = body.findIndex((block) => block.type === 'heading' && block.text.trim() === title)
  if (duplicate >= 0) body.splice(duplicate, 1)
  title ??= titleFromFileName(source)
  return { title, source, blocks: [{ type: 'title', text: title }, ...body] }
}
