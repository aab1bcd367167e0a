/**
 * HTML import for large pages (over 1 MB): jsdom and Readability over a whole 50 MB page take
 * minutes and gigabytes, so the page is parsed with parse5 (jsdom's own parser, without the DOM)
 * and the article is the page's one <article>, else its one <main>, else its <body>, with
 * navigation, asides and forms dropped. Readability still reads the title, byline and site from
 * the page's head and the start of the article. The article is then sanitized by DOMPurify piece
 * by piece — the last step before its text is taken, as for any page — cutting only before block
 * elements, so the blocks are the same as for one whole sanitized article. A page fetched from
 * the web has its relative links resolved against its address (or its <base href>) first, as
 * Readability does on the ordinary path.
 *
 * Each piece goes to DOMPurify as DOM nodes built straight from parse5's tree, not as HTML: jsdom
 * parsing the HTML again appends to a text node word by word, and that was most of an import.
 */
import { Readability } from '@mozilla/readability'
import { JSDOM, VirtualConsole } from 'jsdom'
import { defaultTreeAdapter, parse, serialize, type DefaultTreeAdapterMap } from 'parse5'
import type { ArticleDraft, BlockText } from '../../shared/document/build-article'
import { titleFromFileName } from '../../shared/import/file-name'
import type { FetchedFrom } from './html-article'
import { htmlDraft } from './html-article'
import { MIN_ARTICLE_CHARACTERS, clean, createArticleSanitizer, noArticle } from './html-sanitizer'
import { blocksOfSanitizedArticle, isBlockTag } from './html-blocks'
import { baseAddress, pageMetadata, resolvedWebLink, type PageMetadata } from './page-metadata'

type Node = DefaultTreeAdapterMap['node']
type ParentNode = DefaultTreeAdapterMap['parentNode']
type Element = DefaultTreeAdapterMap['element']
type TextNode = DefaultTreeAdapterMap['textNode']

/** Pages larger than this (in characters) take this path. */
export const LARGE_PAGE_CHARACTERS = 1024 * 1024
/** How much HTML DOMPurify sanitizes at a time. */
const PIECE_CHARACTERS = 64 * 1024
/** How much of the article's start Readability sees when it reads the byline and title. */
const PROBE_CHARACTERS = 16 * 1024

/** Page chrome and inert content, dropped before sanitizing (DOMPurify would keep their words). */
const dropped = new Set(['nav', 'aside', 'form', 'script', 'style', 'noscript', 'template', 'iframe'])
for (const tag of ['button', 'select', 'textarea', 'svg', 'math', 'object', 'embed']) dropped.add(tag)
const wrappers = new Set(['div', 'section', 'article', 'main'])

const isElement = (node: Node): node is Element => 'tagName' in node
const fragmentOf = (childNodes: Node[]): ParentNode =>
  ({ nodeName: '#document-fragment', childNodes }) as ParentNode

/** Every element below `root` in document order, without recursion (pages can nest deeply). */
function* elementsBelow(root: ParentNode): Generator<Element> {
  const stack: Node[] = [...root.childNodes].reverse()
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isElement(node)) continue
    yield node
    for (let index = node.childNodes.length - 1; index >= 0; index--) stack.push(node.childNodes[index]!)
  }
}

function contentRoot(page: DefaultTreeAdapterMap['document']): Element | null {
  const found: Record<'article' | 'main' | 'body' | 'head', Element[]> = {
    article: [],
    main: [],
    body: [],
    head: []
  }
  for (const element of elementsBelow(page)) {
    if (element.tagName in found) found[element.tagName as keyof typeof found].push(element)
  }
  const [root] =
    found.article.length === 1 ? found.article : found.main.length === 1 ? found.main : found.body
  return root ?? null
}

function dropChrome(root: Element): void {
  for (const element of elementsBelow(root)) {
    element.childNodes = element.childNodes.filter(
      (child) => !isElement(child) || !dropped.has(child.tagName)
    )
  }
  root.childNodes = root.childNodes.filter((child) => !isElement(child) || !dropped.has(child.tagName))
}

const attribute = (element: Element, name: string): string | undefined =>
  element.attrs.find((attr) => attr.name === name)?.value

/** The address the page's relative links resolve against: its <base href>, else where it was fetched. */
function pageBase(page: DefaultTreeAdapterMap['document'], fetched: FetchedFrom): string {
  for (const element of elementsBelow(page)) {
    if (element.tagName === 'base' && attribute(element, 'href') !== undefined)
      return baseAddress(attribute(element, 'href'), fetched.url)
    if (element.tagName === 'body') break
  }
  return fetched.url
}

/** Makes the article's relative links absolute; any that do not resolve to http(s) are left for the sanitizer to drop. */
function resolveLinks(root: Element, base: string): void {
  for (const element of elementsBelow(root)) {
    if (element.tagName !== 'a') continue
    const href = element.attrs.find((attr) => attr.name === 'href')
    // In-page anchors (#notes) stay as they are, as on the ordinary path.
    if (!href || href.value.trim().startsWith('#')) continue
    const resolved = resolvedWebLink(href.value, base)
    if (resolved) href.value = resolved
  }
}

/** Makes a V8 rope (a string built by `+=`) flat in place: converting it to a number flattens it. */
function flattened(text: string): string {
  Number(text)
  return text
}

/**
 * parse5's own tree adapter, except that a text node's value is flattened once the parser has
 * moved past it: parse5 appends text a word at a time, and the ropes that leaves took most of a
 * large page's memory (a 50 MB page's tree: 730 MB of heap with ropes, 110 MB flat).
 */
function flatTextTreeAdapter(): typeof defaultTreeAdapter {
  let growing: TextNode | null = null
  return {
    ...defaultTreeAdapter,
    insertText(parent, text) {
      const last = parent.childNodes.at(-1)
      if (growing && growing !== last) growing.value = flattened(growing.value)
      defaultTreeAdapter.insertText(parent, text)
      const inserted = parent.childNodes.at(-1)
      growing = inserted && inserted.nodeName === '#text' ? (inserted as TextNode) : null
    }
  }
}

/** Goes down through a lone wrapper (<div class="content">…) so the pieces are its children. */
function innermostWrapper(root: Element): Element {
  const meaningful = root.childNodes.filter(
    (child) => isElement(child) || child.nodeName !== '#text' || ('value' in child && child.value.trim())
  )
  const [only] = meaningful
  return meaningful.length === 1 && only && isElement(only) && wrappers.has(only.tagName)
    ? innermostWrapper(only)
    : root
}

/** Runs of the article's children, cut only before a block element once a run is large enough. */
function* pieces(root: Element): Generator<Node[]> {
  let run: Node[] = []
  let size = 0
  for (const child of root.childNodes) {
    if (size >= PIECE_CHARACTERS && isElement(child) && isBlockTag(child.tagName.toUpperCase())) {
      yield run
      run = []
      size = 0
    }
    run.push(child)
    size += sizeOf(child)
  }
  if (run.length) yield run
}

/** About how much HTML a node stands for: its text and a little for each element. */
function sizeOf(node: Node): number {
  let size = 0
  const stack = [node]
  for (let next = stack.pop(); next; next = stack.pop()) {
    if ('value' in next && typeof next.value === 'string') size += next.value.length
    if ('childNodes' in next) {
      size += 16
      stack.push(...next.childNodes)
    }
  }
  return size
}

/**
 * parse5 nodes rebuilt as DOM nodes in `document`, under `holder`: elements and their text. Of the
 * attributes only an <a>'s href is carried over, the one DOMPurify would keep (and checks).
 * Comments and other nodes are left behind, as DOMPurify would leave them.
 */
function buildInto(document: Document, holder: HTMLElement, nodes: Node[]): void {
  const stack: [Node, globalThis.Node][] = nodes
    .map((node): [Node, globalThis.Node] => [node, holder])
    .reverse()
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, parent] = next
    if (node.nodeName === '#text' && 'value' in node) {
      parent.appendChild(document.createTextNode(node.value))
      continue
    }
    if (!isElement(node)) continue
    const element = document.createElement(node.tagName)
    const href = node.tagName === 'a' ? node.attrs.find((attribute) => attribute.name === 'href') : undefined
    if (href) element.setAttribute('href', href.value)
    parent.appendChild(element)
    for (let index = node.childNodes.length - 1; index >= 0; index--)
      stack.push([node.childNodes[index]!, element])
  }
}

interface ProbedMetadata {
  read: ReturnType<Readability['parse']>
  page: PageMetadata
}

/** Readability over the page's head and the article's first piece, for its metadata only. */
function metadata(
  page: DefaultTreeAdapterMap['document'],
  firstPiece: string,
  fetched?: FetchedFrom
): ProbedMetadata {
  const head = [...elementsBelow(page)].find((element) => element.tagName === 'head')
  const probe = new JSDOM(
    `<!doctype html><html><head>${head ? serialize(head) : ''}</head><body><article>${firstPiece.slice(0, PROBE_CHARACTERS)}</article></body></html>`,
    {
      virtualConsole: new VirtualConsole()
    }
  )
  try {
    const own = pageMetadata(probe.window.document, fetched?.url ?? null)
    return { read: new Readability(probe.window.document, { charThreshold: 100 }).parse(), page: own }
  } finally {
    probe.window.close()
  }
}

export function parseLargeHtmlArticle(html: string, source: string, fetched?: FetchedFrom): ArticleDraft {
  const page = parse(html, { treeAdapter: flatTextTreeAdapter() })
  const found = contentRoot(page)
  if (!found) throw noArticle(fetched?.url ?? source)
  dropChrome(found)
  if (fetched) resolveLinks(found, pageBase(page, fetched))
  const root = innermostWrapper(found)
  const blocks: BlockText[] = []
  const sanitizer = createArticleSanitizer()
  let meta: ProbedMetadata | undefined
  try {
    for (const piece of pieces(root)) {
      meta ??= metadata(page, serialize(fragmentOf(piece)), fetched)
      // A <div> to hold the piece: DOMPurify puts it in a body of its own, and walking the
      // sanitized body goes through it as through any wrapper.
      const holder = sanitizer.document.createElement('div')
      buildInto(sanitizer.document, holder, piece)
      blocks.push(...sanitizer.sanitize(holder, blocksOfSanitizedArticle))
    }
  } finally {
    sanitizer.close()
  }
  const textLength = blocks.reduce((sum, block) => sum + (clean(block.text)?.length ?? 0), 0)
  if (textLength < MIN_ARTICLE_CHARACTERS) throw noArticle(fetched?.url ?? source)
  const title = clean(meta?.read?.title) ?? titleFromFileName(source)
  // As Readability does, a heading that repeats the title is not shown twice.
  const duplicate = blocks.findIndex((block) => block.type === 'heading' && clean(block.text) === title)
  if (duplicate >= 0) blocks.splice(duplicate, 1)
  return htmlDraft(blocks, title, source, meta?.read, meta?.page ?? {}, fetched)
}
