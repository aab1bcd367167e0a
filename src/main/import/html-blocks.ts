/**
 * Walks a sanitized article fragment into text blocks: headings, paragraphs, list items (with
 * their bullet or number, and their depth in nested lists) and block quotes, tables, and captions
 * (a <figcaption>, and any text inside a <figure>: the picture's caption and credit, never
 * claims); containers are walked through; inline elements keep their words in the sentence, and
 * <em>/<i>, <strong>/<b> and <a href> are recorded as marks over them (links the sanitizer kept:
 * http(s) only, checked again when the article is built).
 *
 * The walk reads the tree through an `ArticleTree`: the DOM DOMPurify returns on the ordinary
 * path, or parse5's tree seen through the same allow-list on the large-page path.
 */
import type { BlockText, TableDraft } from '../../shared/document/build-article'
import type { MarkedText } from '../../shared/document/inline-marks'
import type { InlineKind } from '../../shared/model'
import { cellSpan, listStart } from './html-allow-list'
import type { ArticleTree } from './html-article-tree'
import { tableGrid } from './html-table-grid'

export type { ArticleTree } from './html-article-tree'

type Context = 'body' | 'list-item' | 'blockquote' | 'caption'

const headingTags = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6'])
const paragraphTags = new Set(['P', 'DT', 'DD', 'FIGCAPTION', 'CAPTION', 'TR'])
const captionTags = new Set(['FIGURE', 'FIGCAPTION', 'CAPTION'])
const containerTags = new Set(['UL', 'OL', 'LI', 'BLOCKQUOTE', 'DIV', 'SECTION', 'ARTICLE', 'MAIN'])
for (const tag of ['HEADER', 'FOOTER', 'TABLE', 'TBODY', 'THEAD', 'DL', 'FIGURE']) containerTags.add(tag)
const markKinds: ReadonlyMap<string, InlineKind> = new Map([
  ['EM', 'emphasis'],
  ['I', 'emphasis'],
  ['STRONG', 'strong'],
  ['B', 'strong'],
  ['A', 'link']
])

/** Node.ELEMENT_NODE, Node.TEXT_NODE and Node.DOCUMENT_FRAGMENT_NODE, without a DOM global. */
const ELEMENT = 1
const TEXT = 3

/** The DOM as DOMPurify returns it (its <body>, any element or a fragment). */
const domTree: ArticleTree<Node> = {
  tagOf: (node) => (node.nodeType === ELEMENT ? (node as Element).tagName : ''),
  textOf: (node) => (node.nodeType === TEXT ? (node.textContent ?? '') : null),
  childrenOf: (node) =>
    Array.from(node.childNodes).filter((child) => child.nodeType === ELEMENT || child.nodeType === TEXT),
  hrefOf: (node) => (node.nodeType === ELEMENT ? (node as Element).getAttribute('href') : null),
  listStartOf: (node) =>
    node.nodeType === ELEMENT ? listStart((node as Element).getAttribute('start')) : null,
  spanOf: (node, name) => (node.nodeType === ELEMENT ? cellSpan((node as Element).getAttribute(name)) : null)
}

export function isBlockTag(tag: string): boolean {
  return headingTags.has(tag) || paragraphTags.has(tag) || containerTags.has(tag)
}

function block(type: BlockText['type'], run: MarkedText): BlockText {
  return run.marks.length ? { type, text: run.text, marks: run.marks } : { type, text: run.text }
}

function blockType(context: Context): BlockText['type'] {
  return context === 'body' ? 'paragraph' : context
}

/** The context an element sets for what is inside it; whatever a figure holds stays its caption. */
function contextInside(tag: string, context: Context): Context {
  if (context === 'caption' || captionTags.has(tag)) return 'caption'
  if (tag === 'BLOCKQUOTE') return 'blockquote'
  if (tag === 'LI' && context !== 'blockquote') return 'list-item'
  return context
}

const trTag: ReadonlySet<string> = new Set(['TR'])
const cellTags: ReadonlySet<string> = new Set(['TD', 'TH'])
/** Elements in a table cell that make it a page's layout rather than data. */
const layoutInCell = new Set(['TABLE', 'UL', 'OL', 'BLOCKQUOTE', 'FIGURE', 'DL', ...headingTags])
/** A cell longer than this is prose laid out in a table, not a figure or a label. */
const LONGEST_DATA_CELL = 400

/** A list being walked: bulleted, or numbered from `next`. */
interface ListState {
  ordered: boolean
  next: number
}

class BlockWalker<N> {
  readonly out: BlockText[] = []
  private readonly lists: ListState[] = []
  constructor(private readonly tree: ArticleTree<N>) {}

  private elementsIn(node: N, tags?: ReadonlySet<string>): N[] {
    return this.tree
      .childrenOf(node)
      .filter((child) => this.tree.textOf(child) === null && (!tags || tags.has(this.tree.tagOf(child))))
  }

  private isBlock(node: N): boolean {
    return this.tree.textOf(node) === null && isBlockTag(this.tree.tagOf(node))
  }

  private appendText(node: N, run: MarkedText): void {
    const text = this.tree.textOf(node)
    if (text !== null) return void (run.text += text)
    const tag = this.tree.tagOf(node)
    if (tag === 'BR') return void (run.text += ' ')
    const start = run.text.length
    for (const child of this.tree.childrenOf(node)) this.appendText(child, run)
    const kind = markKinds.get(tag)
    const href = kind === 'link' ? this.tree.hrefOf(node) : null
    if (kind && run.text.length > start && (kind !== 'link' || href !== null)) {
      run.marks.push({ start, end: run.text.length, kind, ...(href !== null ? { href } : {}) })
    }
    // Table cells need a separator so the words of neighbouring cells do not run together.
    if (tag === 'TD' || tag === 'TH') run.text += ' '
  }

  private textOf(node: N): MarkedText {
    const run: MarkedText = { text: '', marks: [] }
    this.appendText(node, run)
    return run
  }

  walk(node: N, context: Context): void {
    const { out } = this
    const tag = this.tree.tagOf(node)
    if (tag === 'TABLE') return this.walkTable(node, context, null)
    if (tag === 'FIGURE' && this.walkTableFigure(node, context)) return
    if ((tag === 'UL' || tag === 'OL') && context !== 'blockquote') {
      // A list whose every item is one link is a list of other stories ("Five things we learned
      // from …"), page furniture, not claims.
      const before = out.length
      this.lists.push({ ordered: tag === 'OL', next: this.tree.listStartOf(node) ?? 1 })
      this.walkChildren(node, contextInside(tag, context))
      this.lists.pop()
      const items = out.slice(before)
      if (items.length > 0 && items.every(isWhollyLink)) out.length = before
      return
    }
    this.walkChildren(node, context)
  }

  /** A list item's blocks: the first carries its bullet or number, the rest carry on after it. */
  private walkListItem(node: N, context: Context): void {
    const before = this.out.length
    const list = this.lists.at(-1)
    const marker = list?.ordered ? `${list.next++}.` : '•'
    const depth = Math.max(this.lists.length, 1)
    this.walkInside(node, context)
    let first = true
    for (const entry of this.out.slice(before)) {
      // Items of a list nested inside this one already have theirs.
      if (entry.type !== 'list-item' || entry.marker !== undefined) continue
      entry.marker = first ? marker : ''
      if (depth > 1) entry.depth = depth
      first = false
    }
  }

  /** A cell's words, or null when it holds blocks of its own (a layout table's column). */
  private cellRun(cell: N): MarkedText | null {
    const blocks = this.elementsIn(cell).filter((child) => this.isBlock(child))
    if (blocks.length > 1 || blocks.some((child) => layoutInCell.has(this.tree.tagOf(child)))) return null
    const run = this.textOf(cell)
    return run.text.length > LONGEST_DATA_CELL ? null : run
  }

  /**
   * A table: its caption (or the caption of the figure it stands in), a header row (its <thead>,
   * else a first row of <th> only) and the body rows. A table whose cells hold paragraphs, lists
   * or tables of their own, or prose, is the page's layout: its cells are read as containers.
   */
  private walkTable(node: N, context: Context, figureCaption: MarkedText | null): void {
    const rowGroups = new Set(['THEAD', 'TBODY'])
    const headRows: N[] = []
    const bodyRows: N[] = []
    let caption: MarkedText | null = figureCaption
    for (const child of this.elementsIn(node)) {
      const tag = this.tree.tagOf(child)
      if (tag === 'CAPTION') caption = this.textOf(child)
      else if (tag === 'TR') bodyRows.push(child)
      else if (rowGroups.has(tag))
        (tag === 'THEAD' ? headRows : bodyRows).push(...this.elementsIn(child, trTag))
    }
    const cellsOf = (row: N): N[] => this.elementsIn(row, cellTags)
    if (headRows.length === 0 && bodyRows[0]) {
      const first = cellsOf(bodyRows[0])
      if (first.length > 0 && first.every((cell) => this.tree.tagOf(cell) === 'TH'))
        headRows.push(bodyRows.shift()!)
    }
    const placed = tableGrid(this.tree, [...headRows, ...bodyRows], headRows.length - 1)
    const empty = (): MarkedText => ({ text: '', marks: [] })
    const runs = placed.map((row) => row.map(({ cell }) => (cell === null ? empty() : this.cellRun(cell))))
    if (runs.some((row) => row.includes(null))) {
      if (caption?.text.trim()) this.out.push(block('caption', caption))
      for (const row of [...headRows, ...bodyRows]) {
        for (const cell of cellsOf(row)) this.walkInside(cell, context)
      }
      return
    }
    // The last header row names the columns; rows above it (groups of columns) read as rows.
    const headerIndex = headRows.length - 1
    const bodyPlaced = placed.filter((_, index) => index !== headerIndex)
    const rowHeaders = bodyPlaced.length > 0 && bodyPlaced.every((row) => row.length > 1 && row[0]!.heading)
    const table: TableDraft = {
      header: headerIndex >= 0 ? (runs[headerIndex] as MarkedText[]) : [],
      rows: runs.filter((_, index) => index !== headerIndex) as MarkedText[][],
      ...(caption ? { caption } : {}),
      ...(rowHeaders ? { rowHeaders } : {})
    }
    this.out.push({ type: 'table', text: '', table })
  }

  /** A figure that holds a table: its <figcaption> is the table's caption. */
  private walkTableFigure(node: N, context: Context): boolean {
    const children = this.elementsIn(node)
    const tables = children.filter((child) => this.tree.tagOf(child) === 'TABLE')
    if (tables.length !== 1) return false
    const figcaption = children.find((child) => this.tree.tagOf(child) === 'FIGCAPTION')
    for (const child of children) {
      if (child === tables[0]) this.walkTable(child, context, figcaption ? this.textOf(figcaption) : null)
      else if (child !== figcaption) this.walk(child, 'caption')
    }
    return true
  }

  private walkChildren(node: N, context: Context): void {
    const { out } = this
    const tag = this.tree.tagOf(node)
    if (headingTags.has(tag)) return void out.push(block('heading', this.textOf(node)))
    if (tag === 'LI' && context !== 'blockquote' && context !== 'caption')
      return this.walkListItem(node, context)
    this.walkInside(node, context)
  }

  private walkInside(node: N, context: Context): void {
    const { out } = this
    const tag = this.tree.tagOf(node)
    context = contextInside(tag, context)
    const children = this.tree.childrenOf(node)
    const isLeafBlock = paragraphTags.has(tag) || tag === 'LI' || tag === 'BLOCKQUOTE'
    if (isLeafBlock && !children.some((child) => this.isBlock(child))) {
      return void out.push(block(blockType(context), this.textOf(node)))
    }
    // A container mixing loose text with blocks: each run of loose text is a paragraph of its own.
    let inline: MarkedText = { text: '', marks: [] }
    const flushInline = (): void => {
      if (inline.text.trim()) out.push(block(blockType(context), inline))
      inline = { text: '', marks: [] }
    }
    for (const child of children) {
      if (this.isBlock(child)) {
        flushInline()
        this.walk(child, context)
      } else {
        this.appendText(child, inline)
      }
    }
    flushInline()
  }
}

/** A block that is a link and nothing else: its words all inside one link mark. */
function isWhollyLink(entry: BlockText): boolean {
  const text = entry.text
  const first = text.length - text.trimStart().length
  const last = text.trimEnd().length
  return (entry.marks ?? []).some((mark) => mark.kind === 'link' && mark.start <= first && mark.end >= last)
}

/** The blocks of an article tree, read from its root (whose own tag is not a block). */
export function blocksOfArticleTree<N>(root: N, tree: ArticleTree<N>): BlockText[] {
  const walker = new BlockWalker(tree)
  walker.walk(root, 'body')
  return walker.out
}

/** The blocks of a sanitized article: the body DOMPurify returns, or any element or fragment. */
export function blocksOfSanitizedArticle(article: Node): BlockText[] {
  if (article.nodeType !== ELEMENT && article.nodeType !== 11) return []
  return blocksOfArticleTree(article, domTree)
}
