/**
 * HTML import for large pages (over 1 MB): jsdom and Readability over a whole 50 MB page take
 * minutes and gigabytes, so the page is parsed with parse5 (jsdom's own parser, without the DOM)
 * and the article is the page's one <article>, else its one <main>, else its <body>, with
 * navigation, asides and forms dropped. Readability still reads the title, byline and site from
 * the page's head and the start of the article. A page fetched from the web has its relative links
 * resolved against its address (or its <base href>) first, as Readability does on the ordinary path.
 *
 * The article's text and links are then read straight off parse5's tree through the allow-list
 * DOMPurify applies on the ordinary path (html-sanitizer.ts): allowed elements are read, others are
 * unwrapped, or dropped with their content where DOMPurify drops it, and an <a> keeps only an
 * http(s) href. Nothing is turned back into HTML, so there is no markup to sanitize afterwards.
 * Building a DOM for DOMPurify here was most of the time and memory of a large import; a test holds
 * both paths to the same blocks on hostile pages.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { defaultTreeAdapter, parse, serialize, type DefaultTreeAdapterMap } from 'parse5'
import type { ArticleDraft, BlockText } from '../../shared/document/build-article'
import { titleFromFileName } from '../../shared/import/file-name'
import { ALLOWED_TAGS, FORBIDDEN_CONTENT_TAGS, cellSpan, keptHref, listStart } from './html-allow-list'
import { clean } from './clean-text'
import { MIN_ARTICLE_CHARACTERS, htmlDraft, noArticle, type FetchedFrom } from './html-draft'
import { blocksOfArticleTree, type ArticleTree } from './html-blocks'
import { baseAddress, pageMetadata, resolvedWebLink, type PageMetadata } from './page-metadata'

type Node = DefaultTreeAdapterMap['node']
type ParentNode = DefaultTreeAdapterMap['parentNode']
type Element = DefaultTreeAdapterMap['element']
type TextNode = DefaultTreeAdapterMap['textNode']

/** How much of the article's start Readability sees when it reads the byline and title. */
const PROBE_CHARACTERS = 16 * 1024

/** Page chrome and inert content, dropped first (the allow-list would keep their words). */
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

/** Makes the article's relative links absolute; any that do not resolve to http(s) are left for the allow-list to drop. */
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

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml'
const allowedTags = new Set(ALLOWED_TAGS)
const upperCase = new Map<string, string>()
const upperTag = (tag: string): string => {
  let upper = upperCase.get(tag)
  if (upper === undefined) upperCase.set(tag, (upper = tag.toUpperCase()))
  return upper
}

/** An element's children as the allow-list leaves them: disallowed elements unwrapped or dropped. */
function keptChildren(node: Node): Node[] {
  const kept: Node[] = []
  // Iterative, as pages can nest disallowed wrappers deeply: a stack of child lists and positions.
  const lists: Node[][] = ['childNodes' in node ? node.childNodes : []]
  const positions = [0]
  while (lists.length) {
    const list = lists.at(-1)!
    const position = positions.at(-1)!
    if (position >= list.length) {
      lists.pop()
      positions.pop()
      continue
    }
    positions[positions.length - 1] = position + 1
    const child = list[position]!
    if (child.nodeName === '#text') kept.push(child)
    if (!isElement(child)) continue // comments and the like go, as DOMPurify drops them
    if (allowedTags.has(child.tagName)) {
      // Foreign (SVG, MathML) elements are removed whole, as DOMPurify removes them.
      if (child.namespaceURI === HTML_NAMESPACE) kept.push(child)
    } else if (!FORBIDDEN_CONTENT_TAGS.has(child.tagName) && !dropped.has(child.tagName)) {
      lists.push(child.childNodes)
      positions.push(0)
    }
  }
  return kept
}

/** parse5's tree read through the sanitizer's allow-list (see the top of this file). */
const allowListedTree: ArticleTree<Node> = {
  tagOf: (node) => (isElement(node) ? upperTag(node.tagName) : ''),
  textOf: (node) => (node.nodeName === '#text' && 'value' in node ? node.value : null),
  childrenOf: keptChildren,
  hrefOf: (node) => {
    if (!isElement(node) || node.tagName !== 'a') return null
    const href = attribute(node, 'href')
    return href === undefined ? null : keptHref(href)
  },
  listStartOf: (node) =>
    isElement(node) && node.tagName === 'ol' ? listStart(attribute(node, 'start')) : null,
  spanOf: (node, name) =>
    isElement(node) && (node.tagName === 'td' || node.tagName === 'th')
      ? cellSpan(attribute(node, name))
      : null
}

/** The HTML of the article's first children, enough for Readability to find a byline in. */
function articleStart(root: Element): string {
  const start: Node[] = []
  let size = 0
  for (const child of root.childNodes) {
    if (size >= PROBE_CHARACTERS) break
    start.push(child)
    size += sizeOf(child)
  }
  return serialize(fragmentOf(start)).slice(0, PROBE_CHARACTERS)
}

interface ProbedMetadata {
  read: ReturnType<Readability['parse']>
  page: PageMetadata
}

/**
 * Readability over the page's head and the article's first piece, for its metadata only. The probe
 * is a linkedom document (no scripts, no loading, a small fraction of jsdom's memory): it holds
 * only the head and 16 kB of the article.
 */
function metadata(
  page: DefaultTreeAdapterMap['document'],
  articleStart: string,
  fetched?: FetchedFrom
): ProbedMetadata {
  let head: Element | undefined
  for (const element of elementsBelow(page)) {
    if (element.tagName === 'head') head = element
    if (element.tagName === 'head' || element.tagName === 'body') break
  }
  const { document } = parseHTML(
    `<!doctype html><html><head>${head ? serialize(head) : ''}</head><body><article>${articleStart}</article></body></html>`
  )
  const probe = document as unknown as Document
  const own = pageMetadata(probe, fetched?.url ?? null)
  return { read: new Readability(probe, { charThreshold: 100 }).parse(), page: own }
}

/** Whether the blocks hold an article's worth of text; stops counting once they do. */
function hasArticleText(blocks: readonly BlockText[]): boolean {
  let length = 0
  for (const block of blocks) {
    length += clean(block.text)?.length ?? 0
    if (length >= MIN_ARTICLE_CHARACTERS) return true
  }
  return false
}

export function parseLargeHtmlArticle(html: string, source: string, fetched?: FetchedFrom): ArticleDraft {
  const page = parse(html, { treeAdapter: flatTextTreeAdapter() })
  const found = contentRoot(page)
  if (!found) throw noArticle(fetched?.url ?? source)
  dropChrome(found)
  if (fetched) resolveLinks(found, pageBase(page, fetched))
  const root = innermostWrapper(found)
  const blocks = blocksOfArticleTree<Node>(root, allowListedTree)
  const meta = metadata(page, articleStart(root), fetched)
  if (!hasArticleText(blocks)) throw noArticle(fetched?.url ?? source)
  const title = clean(meta.read?.title) ?? titleFromFileName(source)
  // As Readability does, a heading that repeats the title is not shown twice.
  const duplicate = blocks.findIndex((block) => block.type === 'heading' && clean(block.text) === title)
  if (duplicate >= 0) blocks.splice(duplicate, 1)
  return htmlDraft(blocks, title, source, meta.read, meta.page, fetched)
}
