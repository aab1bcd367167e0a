/** Footnotes of two documents' Markdown exports, put in one file, stay apart: labels are per document. */
import type { Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { describe, expect, it } from 'vitest'
import { applyChange } from '../annotations/changes'
import type { StoredDocument } from '../model'
import { exportedAt, reviewedArticle } from '../../../test/fixtures/export/reviewed-article'
import { exportMarkdown } from './markdown'
import { exportAnnotatedArticle } from './markdown-article'
import { footnoteLabels } from './mdast-parts'

/** The same article imported a second time (a new id), its first claim citing another source. */
function secondCopy(): StoredDocument {
  const document = reviewedArticle()
  const annotations = applyChange(
    document,
    document.annotations,
    { kind: 'remove-source', claimId: 'c1', sourceId: 's-minutes' },
    exportedAt
  )
  const cited = applyChange(
    document,
    annotations,
    {
      kind: 'add-source',
      claimId: 'c1',
      source: { id: 's-other', url: 'https://second.example.org/vote', title: 'Second copy', quote: '' }
    },
    exportedAt
  )
  return { ...document, id: 'riverside-water-bills-77aa0b1c', annotations: cited }
}

function footnotes(markdown: string) {
  const tree = fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])]
  })
  const definitions = new Map<string, string>()
  const references: string[] = []
  const walk = (node: Nodes, inDefinition: string | null) => {
    if (node.type === 'footnoteDefinition') inDefinition = node.identifier
    if (node.type === 'footnoteReference') references.push(node.identifier)
    if (node.type === 'link' && inDefinition)
      definitions.set(inDefinition, `${definitions.get(inDefinition) ?? ''} ${node.url}`)
    if (node.type === 'footnoteDefinition' && !definitions.has(node.identifier))
      definitions.set(node.identifier, '')
    if ('children' in node) for (const child of node.children) walk(child as Nodes, inDefinition)
  }
  walk(tree, null)
  return { definitions, references }
}

describe.each([
  ['Markdown review', exportMarkdown],
  ['annotated article', exportAnnotatedArticle]
])('footnotes of two documents’ %s exports in one file', (_name, exporter) => {
  const first = exporter(reviewedArticle(), { exportedAt })
  const second = exporter(secondCopy(), { exportedAt })
  const combined = footnotes(`${first}\n${second}`)

  it('never share a label', () => {
    const [a, b] = [footnotes(first).definitions, footnotes(second).definitions]
    expect(a.size).toBeGreaterThan(0)
    expect([...a.keys()].filter((label) => b.has(label))).toEqual([])
    expect(combined.definitions.size).toBe(a.size + b.size)
  })

  it('each point at their own document’s sources', () => {
    const citing = combined.references.map((label) => combined.definitions.get(label) ?? 'missing')
    expect(citing).not.toContain('missing')
    const minutes = combined.references.filter((label) =>
      combined.definitions.get(label)?.includes('riverside.example.gov/minutes')
    )
    const other = combined.references.filter((label) =>
      combined.definitions.get(label)?.includes('second.example.org')
    )
    expect(minutes.every((label) => label.startsWith('riverside-3f9a1c2e-'))).toBe(true)
    expect(other.length).toBeGreaterThan(0)
    expect(other.every((label) => label.startsWith('riverside-77aa0b1c-'))).toBe(true)
  })
})

describe('footnoteLabels', () => {
  it('numbers labels after a short form of the document id', () => {
    const next = footnoteLabels('riverside-water-bills-3f9a1c2e')
    expect([next(), next()]).toEqual(['riverside-3f9a1c2e-1', 'riverside-3f9a1c2e-2'])
    expect(footnoteLabels('sample')()).toBe('sample-1')
  })
})
