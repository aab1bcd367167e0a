/**
 * Walks a sanitized article fragment into text blocks: headings, paragraphs, list items and block
 * quotes; containers are walked through; inline elements keep their words in the sentence.
 */
import type { BlockText } from '../../shared/document/build-article'

type Context = 'body' | 'list-item' | 'blockquote'

const headingTags = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6'])
const paragraphTags = new Set(['P', 'DT', 'DD', 'FIGCAPTION', 'CAPTION', 'TR'])
const containerTags = new Set(['UL', 'OL', 'LI', 'BLOCKQUOTE', 'DIV', 'SECTION', 'ARTICLE', 'MAIN'])
for (const tag of ['HEADER', 'FOOTER', 'TABLE', 'TBODY', 'THEAD', 'DL']) containerTags.add(tag)

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

function textOf(node: Node): string {
  if (node.nodeType === TEXT) return node.textContent ?? ''
  if (node.nodeType !== ELEMENT) return ''
  const element = node as Element
  if (element.tagName === 'BR') return ' '
  const text = Array.from(element.childNodes).map(textOf).join('')
  // Table cells need a separator so the words of neighbouring cells do not run together.
  return element.tagName === 'TD' || element.tagName === 'TH' ? `${text} ` : text
}

function blockType(context: Context): BlockText['type'] {
  return context === 'body' ? 'paragraph' : context
}

function walk(node: Node, context: Context, out: BlockText[]): void {
  if (node.nodeType !== ELEMENT && node.nodeType !== FRAGMENT) return
  const tag = node.nodeType === ELEMENT ? (node as Element).tagName : ''
  if (headingTags.has(tag)) return void out.push({ type: 'heading', text: textOf(node) })
  if (tag === 'BLOCKQUOTE') context = 'blockquote'
  else if (tag === 'LI' && context !== 'blockquote') context = 'list-item'
  const isLeafBlock = paragraphTags.has(tag) || tag === 'LI' || tag === 'BLOCKQUOTE'
  if (isLeafBlock && !hasBlockChildren(node as Element)) {
    return void out.push({ type: blockType(context), text: textOf(node) })
  }
  // A container mixing loose text with blocks: each run of loose text is a paragraph of its own.
  let inline = ''
  const flushInline = (): void => {
    if (inline.trim()) out.push({ type: blockType(context), text: inline })
    inline = ''
  }
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === ELEMENT && isBlockTag((child as Element).tagName)) {
      flushInline()
      walk(child, context, out)
    } else {
      inline += textOf(child)
    }
  }
  flushInline()
}

export function blocksOfSanitizedArticle(fragment: DocumentFragment): BlockText[] {
  const out: BlockText[] = []
  walk(fragment, 'body', out)
  return out
}
