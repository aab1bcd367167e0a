/**
 * Walks a sanitized article fragment into text blocks: headings, paragraphs, list items and block
 * quotes, and captions (a <figcaption> or table <caption>, and any text inside a <figure>: the
 * picture's caption and credit, never claims); containers are walked through; inline elements keep their words in the sentence, and
 * <em>/<i>, <strong>/<b> and <a href> are recorded as marks over them (links the sanitizer kept:
 * http(s) only, checked again when the article is built).
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

/** Node.ELEMENT_NODE, Node.TEXT_NODE and Node.DOCUMENT_FRAGMENT_NODE, without a DOM global. */
const ELEMENT = 1
const TEXT = 3
const FRAGMENT = 11

export function isBlockTag(tag: string): boolean {
  return headingTags.has(tag) || paragraphTags.has(tag) || containerTags.has(tag)
}

function hasBlockChildren(element: Element): boolean {
  return Array.from(element.children).some((child) => isBlockTag(child.tagName))
}

function appendText(node: Node, run: MarkedText): void {
  if (node.nodeType === TEXT) return void (run.text += node.textContent ?? '')
  if (node.nodeType !== ELEMENT) return
  const element = node as Element
  if (element.tagName === 'BR') return void (run.text += ' ')
  const start = run.text.length
  for (const child of Array.from(element.childNodes)) appendText(child, run)
  const kind = markKinds.get(element.tagName)
  const href = kind === 'link' ? element.getAttribute('href') : null
  if (kind && run.text.length > start && (kind !== 'link' || href !== null)) {
    run.marks.push({ start, end: run.text.length, kind, ...(href !== null ? { href } : {}) })
  }
  // Table cells need a separator so the words of neighbouring cells do not run together.
  if (element.tagName === 'TD' || element.tagName === 'TH') run.text += ' '
}

function textOf(node: Node): MarkedText {
  const run: MarkedText = { text: '', marks: [] }
  appendText(node, run)
  return run
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

function walk(node: Node, context: Context, out: BlockText[]): void {
  if (node.nodeType !== ELEMENT && node.nodeType !== FRAGMENT) return
  const tag = node.nodeType === ELEMENT ? (node as Element).tagName : ''
  if (headingTags.has(tag)) return void out.push(block('heading', textOf(node)))
  context = contextInside(tag, context)
  const isLeafBlock = paragraphTags.has(tag) || tag === 'LI' || tag === 'BLOCKQUOTE'
  if (isLeafBlock && !hasBlockChildren(node as Element)) {
    return void out.push(block(blockType(context), textOf(node)))
  }
  // A container mixing loose text with blocks: each run of loose text is a paragraph of its own.
  let inline: MarkedText = { text: '', marks: [] }
  const flushInline = (): void => {
    if (inline.text.trim()) out.push(block(blockType(context), inline))
    inline = { text: '', marks: [] }
  }
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === ELEMENT && isBlockTag((child as Element).tagName)) {
      flushInline()
      walk(child, context, out)
    } else {
      appendText(child, inline)
    }
  }
  flushInline()
}

/** The blocks of a sanitized article: the body DOMPurify returns, or any element or fragment. */
export function blocksOfSanitizedArticle(article: Node): BlockText[] {
  const out: BlockText[] = []
  walk(article, 'body', out)
  return out
}
