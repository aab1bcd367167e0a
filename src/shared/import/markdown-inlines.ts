/**
 * The words of a Markdown inline run, with its emphasis, strong and links recorded as marks over
 * them. A link keeps its text and its address (reference links through their definitions); raw
 * HTML and images contribute nothing. Which addresses are kept is decided later (`normalizeMarked`).
 */
import type { Nodes, Root } from 'mdast'
import type { DraftMark, MarkedText } from '../document/inline-marks'

export type InlineRun = MarkedText

/** Link definitions (`[id]: https://…`) by their normalized identifier. */
export type LinkDefinitions = ReadonlyMap<string, string>

export function linkDefinitions(root: Root): LinkDefinitions {
  const found = new Map<string, string>()
  const visit = (node: Nodes): void => {
    // As CommonMark says, the first definition of an identifier wins.
    if (node.type === 'definition' && !found.has(node.identifier)) found.set(node.identifier, node.url)
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child)
  }
  visit(root)
  return found
}

const markKinds = { emphasis: 'emphasis', strong: 'strong', link: 'link', linkReference: 'link' } as const

function append(node: Nodes, run: InlineRun, definitions: LinkDefinitions): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      run.text += node.value
      return
    case 'break':
      run.text += ' '
      return
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
    case 'code':
      return
    case 'emphasis':
    case 'strong':
    case 'link':
    case 'linkReference': {
      const start = run.text.length
      for (const child of node.children) append(child, run, definitions)
      if (run.text.length === start) return
      const mark: DraftMark = { start, end: run.text.length, kind: markKinds[node.type] }
      const href =
        node.type === 'link'
          ? node.url
          : node.type === 'linkReference'
            ? definitions.get(node.identifier)
            : undefined
      if (href !== undefined) mark.href = href
      // A reference without a definition is plain text, not a link.
      if (mark.kind !== 'link' || href !== undefined) run.marks.push(mark)
      return
    }
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) append(child, run, definitions)
  }
}

export function inlineRun(node: Nodes, definitions: LinkDefinitions = new Map()): InlineRun {
  const run: InlineRun = { text: '', marks: [] }
  append(node, run, definitions)
  return run
}

/** Several runs as one, joined by `separator` (a table row's cells). */
export function joinRuns(runs: readonly InlineRun[], separator: string): InlineRun {
  const joined: InlineRun = { text: '', marks: [] }
  runs.forEach((run, index) => {
    if (index > 0) joined.text += separator
    const offset = joined.text.length
    joined.text += run.text
    for (const mark of run.marks)
      joined.marks.push({ ...mark, start: mark.start + offset, end: mark.end + offset })
  })
  return joined
}
