import { describe, expect, it } from 'vitest'
import type { Block } from '../model'
import { marksByBlock } from './block-marks'

const blocks: Block[] = [
  { type: 'title', start: 0, end: 10 },
  { type: 'paragraph', start: 11, end: 40 },
  { type: 'paragraph', start: 41, end: 80 }
]

describe('marksByBlock', () => {
  it('gives each block the marks that overlap it: a spanning mark to each, one between blocks to none', () => {
    const marks = [
      { start: 12, end: 15, key: 'h:a' },
      { start: 30, end: 50, key: 'h:b' },
      { start: 40, end: 41, key: 'hit:0' }
    ]
    expect(marksByBlock(blocks, marks)).toEqual([[], [marks[0], marks[1]], [marks[1]]])
  })

  it('keeps a block’s earlier array when its marks are the same, and gives a new one when they differ', () => {
    const first = marksByBlock(blocks, [
      { start: 12, end: 15, key: 'h:a' },
      { start: 45, end: 50, key: 'h:b' }
    ])
    const second = marksByBlock(
      blocks,
      [
        { start: 12, end: 15, key: 'h:a' },
        { start: 45, end: 52, key: 'h:b' }
      ],
      first
    )
    expect(second[1]).toBe(first[1])
    expect(second[2]).not.toBe(first[2])
    expect(second[2]).toEqual([{ start: 45, end: 52, key: 'h:b' }])
  })
})
