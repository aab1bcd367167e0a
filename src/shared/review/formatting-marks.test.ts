import { describe, expect, it } from 'vitest'
import type { Block, InlineMark } from '../model'
import { formattingByBlock, formattingKey, formattingOf, formattingWithin } from './formatting-marks'

const blocks: Block[] = [
  { type: 'title', start: 0, end: 10 },
  { type: 'paragraph', start: 12, end: 40 },
  { type: 'paragraph', start: 42, end: 60 }
]

describe('formatting marks', () => {
  it('groups marks by the block they sit in, whatever order they come in', () => {
    const inlines: InlineMark[] = [
      { start: 45, end: 50, kind: 'strong' },
      { start: 2, end: 4, kind: 'emphasis' },
      { start: 14, end: 20, kind: 'link', href: 'https://example.org/' }
    ]
    expect(formattingByBlock(blocks, inlines).map((group) => group.map((mark) => mark.key))).toEqual([
      ['i:emphasis'],
      ['i:link:https://example.org/'],
      ['i:strong']
    ])
  })

  it('never turns a link that is not http(s) into a key, nor a key into a link', () => {
    expect(formattingKey({ start: 0, end: 1, kind: 'link', href: 'javascript:alert(1)' })).toBeNull()
    expect(formattingKey({ start: 0, end: 1, kind: 'link' })).toBeNull()
    expect(formattingOf('i:link:javascript:alert(1)')).toBeNull()
    expect(formattingOf('i:link:https://example.org/')).toEqual({
      kind: 'link',
      href: 'https://example.org/'
    })
    expect(formattingOf('h:i:strong')).toBeNull()
  })

  it('clips formatting to a claim, outer marks first, and leaves out links that are not http(s)', () => {
    const inlines: InlineMark[] = [
      { start: 22, end: 24, kind: 'emphasis' },
      { start: 10, end: 30, kind: 'link', href: 'https://example.org/' },
      { start: 32, end: 34, kind: 'link', href: 'data:text/html,x' },
      { start: 41, end: 45, kind: 'strong' }
    ]
    expect(formattingWithin(inlines, 20, 40)).toEqual([
      { start: 20, end: 30, key: 'i:link:https://example.org/' },
      { start: 22, end: 24, key: 'i:emphasis' }
    ])
  })
})
