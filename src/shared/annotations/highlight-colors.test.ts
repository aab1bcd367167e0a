import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION, StoredDocument } from '../model'
import { DEFAULT_HIGHLIGHT_COLOR } from './highlight-colors'

const highlight = (id: string, color: string) => ({
  id,
  target: { quote: { exact: 'pier', prefix: '', suffix: '' }, position: { start: 10, end: 14 } },
  color,
  note: '',
  createdAt: '2026-11-28T09:00:00.000Z'
})

const documentWith = (colors: string[]) => ({
  schemaVersion: SCHEMA_VERSION,
  id: 'pier-1a2b3c4d',
  addedAt: '2026-11-28T09:00:00.000Z',
  title: 'Pier',
  source: 'pier.txt',
  text: 'Pier\n\nThe pier opened.',
  blocks: [{ type: 'paragraph', start: 6, end: 22 }],
  claims: [{ id: 'c1', start: 6, end: 22 }],
  annotations: {
    claims: {},
    highlights: colors.map((color, index) => highlight(`h-${index}`, color)),
    orphans: [
      {
        id: 'o1-20261129',
        orphanedAt: '2026-11-29T09:00:00.000Z',
        annotation: { kind: 'highlight', highlight: highlight('h-gone', 'pink') }
      }
    ]
  }
})

describe('highlight colours', () => {
  it('reads the first palette’s verdict-like colours as their successors, keeping the others', () => {
    const document = StoredDocument.parse(documentWith(['yellow', 'green', 'pink', 'blue', 'purple']))
    expect(document.annotations.highlights.map((one) => one.color)).toEqual([
      'grey',
      'cyan',
      'purple',
      'blue',
      'purple'
    ])
    const orphan = document.annotations.orphans?.[0]?.annotation
    expect(orphan?.kind === 'highlight' && orphan.highlight.color).toBe('purple')
  })

  it('reads a colour that was never in any palette as the default', () => {
    const document = StoredDocument.parse(documentWith(['orange', 'hasOwnProperty']))
    expect(document.annotations.highlights.map((one) => one.color)).toEqual([
      DEFAULT_HIGHLIGHT_COLOR,
      DEFAULT_HIGHLIGHT_COLOR
    ])
  })
})
