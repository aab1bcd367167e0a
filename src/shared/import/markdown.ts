/**
 * Markdown import: parsed to tokens by markdown-it (CommonMark with GFM tables, strikethrough and
 * address autolinking; YAML front matter read first), never rendered as HTML. Headings,
 * paragraphs, list items (with their bullets or numbers), block quotes and tables become blocks; emphasis, strong and links are kept as
 * marks over their words (see markdown-inlines). Raw HTML is dropped unread, so nothing in it can
 * run. markdown-it reads a file in one pass over a flat token list, dozens of times faster than
 * the syntax-tree parser it replaced.
 */
import MarkdownIt from 'markdown-it'
import type { Token } from 'markdown-it'
import { parse as parseYaml } from 'yaml'
import type { ArticleDraft, BlockText } from '../document/build-article'
import { titleFromFileName } from './file-name'
import { inlineRun, type InlineRun } from './markdown-inlines'

const markdown = new MarkdownIt({ html: true, linkify: true })
// Addresses with a scheme only: finding bare host names is most of the parse time with them on,
// and GFM links only "www." ones among those, which markdown-inlines finds in a cheap pass.
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false })
// Every link stays a link token, whatever its scheme: normalizeMarked keeps only http(s) ones, and
// a refused link keeps its words instead of showing its Markdown source.
markdown.validateLink = () => true

const block = (type: BlockText['type'], run: InlineRun): BlockText =>
  run.marks.length ? { type, text: run.text, marks: run.marks } : { type, text: run.text }

/** YAML front matter: `---` on the first line, up to the next line that is `---`. */
const frontMatter = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/

/** The title and byline front matter gives: `title`, and `author`, `authors` or `byline`. */
function frontMatterFields(yaml: string | undefined): { title: string | null; byline: string | null } {
  try {
    const data: unknown = parseYaml(yaml ?? '')
    if (!data || typeof data !== 'object') return { title: null, byline: null }
    const fields = data as Record<string, unknown>
    const title = typeof fields['title'] === 'string' ? fields['title'].trim() || null : null
    const author = fields['author'] ?? fields['authors'] ?? fields['byline']
    return { title, byline: authorNames(author) }
  } catch {
    // Broken front matter is ignored: the document itself is still worth importing.
    return { title: null, byline: null }
  }
}

/** "Ana Ruiz", ["Ana Ruiz", "Tom Berg"] or [{ name: "Ana Ruiz" }] → "Ana Ruiz and Tom Berg". */
function authorNames(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value]
  const names = list.flatMap((item: unknown) => {
    const name =
      typeof item === 'string'
        ? item
        : item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string'
          ? (item as { name: string }).name
          : ''
    return name.trim() ? [name.trim()] : []
  })
  if (names.length === 0) return null
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`
}

/** "- [x] Done": a task list item's box is not part of its words. */
const taskBox = /^\[[ xX]\][ \t]+/

type Context = 'body' | 'list-item' | 'blockquote'

/** A list item being read: its marker, until its first paragraph takes it. */
interface OpenItem {
  marker: string
  depth: number
  used: boolean
}

/** A GFM table being read, row by row. */
interface OpenTable {
  header: InlineRun[]
  rows: InlineRun[][]
  inHead: boolean
}

/**
 * The blocks of the token list: each heading, paragraph and table, typed by where it stands
 * (anything inside a block quote is quoted; a paragraph in a list is a list item, the first of an
 * item with its bullet or number). Code, raw HTML, rules and definitions are not article prose and
 * are passed over.
 */
function collectBlocks(tokens: Token[]): { blocks: BlockText[]; firstTitleHeading: string | null } {
  const blocks: BlockText[] = []
  const contexts: Context[] = ['body']
  const items: OpenItem[] = []
  let listDepth = 0
  let firstTitleHeading: string | null = null
  let table: OpenTable | null = null
  let row: InlineRun[] | null = null
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const context = contexts.at(-1)!
    switch (token.type) {
      case 'blockquote_open':
        contexts.push('blockquote')
        break
      case 'bullet_list_open':
      case 'ordered_list_open':
        contexts.push(context === 'blockquote' ? 'blockquote' : 'list-item')
        listDepth++
        break
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--
        contexts.pop()
        break
      case 'blockquote_close':
        contexts.pop()
        break
      case 'list_item_open':
        // An ordered item's `info` is its number as written; its `markup` the "." or ")" after it.
        items.push({
          marker: token.info ? `${token.info}${token.markup}` : '•',
          depth: listDepth,
          used: false
        })
        break
      case 'list_item_close':
        items.pop()
        break
      case 'heading_open': {
        const run = inlineRun(tokens[index + 1]?.children ?? null)
        if (token.tag === 'h1' && context === 'body' && firstTitleHeading === null)
          firstTitleHeading = run.text.trim()
        blocks.push(block('heading', run))
        break
      }
      case 'paragraph_open': {
        const run = inlineRun(tokens[index + 1]?.children ?? null)
        if (context === 'list-item') {
          run.text = run.text.replace(taskBox, '')
          const item = items.at(-1)
          const entry = block('list-item', run)
          entry.marker = item && !item.used ? item.marker : ''
          if (item && item.depth > 1) entry.depth = item.depth
          if (item) item.used = true
          blocks.push(entry)
        } else blocks.push(block(context === 'body' ? 'paragraph' : context, run))
        break
      }
      case 'table_open':
        table = { header: [], rows: [], inHead: false }
        break
      case 'thead_open':
        if (table) table.inHead = true
        break
      case 'thead_close':
        if (table) table.inHead = false
        break
      case 'tr_open':
        row = []
        break
      case 'th_open':
      case 'td_open':
        row?.push(inlineRun(tokens[index + 1]?.children ?? null))
        break
      case 'tr_close':
        if (table && row) {
          if (table.inHead) table.header = row
          else table.rows.push(row)
        }
        row = null
        break
      case 'table_close':
        if (table) blocks.push({ type: 'table', text: '', table: { header: table.header, rows: table.rows } })
        table = null
        break
      default:
        break
    }
  }
  return { blocks, firstTitleHeading }
}

export function parseMarkdown(text: string, source: string): ArticleDraft {
  const withoutBom = text.replace(/^\uFEFF/, '')
  const front = frontMatter.exec(withoutBom)
  const body = front ? withoutBom.slice(front[0].length) : withoutBom
  const { blocks, firstTitleHeading } = collectBlocks(markdown.parse(body, {}))
  const fields = front ? frontMatterFields(front[1]) : { title: null, byline: null }
  let title = fields.title
  if (!title && firstTitleHeading) title = firstTitleHeading
  // The heading that gave (or repeats) the title is not shown twice.
  const duplicate = blocks.findIndex((entry) => entry.type === 'heading' && entry.text.trim() === title)
  if (duplicate >= 0) blocks.splice(duplicate, 1)
  title ??= titleFromFileName(source)
  const draft: ArticleDraft = { title, source, blocks: [{ type: 'title', text: title }, ...blocks] }
  if (fields.byline) draft.byline = fields.byline
  return draft
}
