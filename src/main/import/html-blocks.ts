/**
 * Walks a sanitized article fragment into text blocks: headings, paragraphs, list items and block
 * quotes, and captions (a <figcaption> or table <caption>, and any text inside a <figure>: the
 * picture's caption and credit, never claims); containers are walked through; inline elements keep their words in the sentence, and
 * <em>/<i>, <strong>/<b> and <a href> are recorded as marks over them (links the sanitizer kept:
 * http(s) only, checked again when the article is built).
 *
 * The walk reads the tree through an `ArticleTree`: the DOM DOMPurify returns on the ordinary
 * path, or parse5's tree seen through the same allow-list on the large-page path.
 */
import type { BlockText } from '../../shared/document/build-article'
import type { MarkedText } from '../../shared/document/inline-marks'
import type { InlineKind } from '../../shared/model'

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

/** How the walk reads a sanitized tree: its elements (upper-case tags), text and kept links. */
export interface ArticleTree<N> {
  /** An element's upper-case tag; '' for the root or any other container without one. */
  tagOf(node: N): string
  /** A text node's text, or null for an element. */
  textOf(node: N): string | null
  /** The elements and text nodes inside an element, in order (anything else is left out). */
  childrenOf(node: N): readonly N[]
  /** The link a sanitized <a> kept, or null. */
  hrefOf(node: N): string | null
}

/** Node.ELEMENT_NODE, Node.TEXT_NODE and Node.DOCUMENT_FRAGMENT_NODE, without a DOM global. */
const ELEMENT = 1
const TEXT = 3

/** The DOM as DOMPurify returns it (its <body>, any element or a fragment). */
const domTree: ArticleTree<Node> = {
  tagOf: (node) => (node.nodeType === ELEMENT ? (node as Element).tagName : ''),
  textOf: (node) => (node.nodeType === TEXT ? (node.textContent ?? '') : null),
  childrenOf: (node) =>
    Array.from(node.childNodes).filter((child) => child.nodeType === ELEMENT || child.nodeType === TEXT),
  hrefOf: (node) => (node.nodeType === ELEMENT ? (node as Element).getAttribute('href') : null)
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

class BlockWalker<N> {
  readonly out: BlockText[] = []
  constructor(private readonly tree: ArticleTree<N>) {}

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
    if ((tag === 'UL' || tag === 'OL') && context !== 'blockquote') {
      // A list whose every item is one link is a list of other stories ("Five things we learned
      // from …"), page furniture, not claims.
      const before = out.length
      this.walkChildren(node, contextInside(tag, context))
      const items = out.slice(before)
      if (items.length > 0 && items.every(isWhollyLink)) out.length = before
      return
    }
    this.walkChildren(node, context)
  }

  private walkChildren(node: N, context: Context): void {
    const { out } = this
    const tag = this.tree.tagOf(node)
    if (headingTags.has(tag)) return void out.push(block('heading', this.textOf(node)))
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
