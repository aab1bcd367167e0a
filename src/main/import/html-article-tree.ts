/**
 * How the block walk (html-blocks.ts) reads a sanitized article: through this view of a tree, the
 * DOM DOMPurify returns on the ordinary path or parse5's tree seen through the same allow-list on
 * the large-page path (large-html-article.ts).
 */

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
  /** The number an <ol start> kept, or null. */
  listStartOf(node: N): number | null
  /** The columns or rows a table cell's kept `colspan` or `rowspan` says it spans, or null. */
  spanOf(node: N, name: 'colspan' | 'rowspan'): number | null
}
