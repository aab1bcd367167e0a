import { describe, expect, it } from 'vitest'
import { splitClaims } from './split-claims'

const claims = (text: string): string[] => splitClaims(text).map((span) => text.slice(span.start, span.end))

describe('splitClaims', () => {
  it('makes one claim per sentence', () => {
    expect(claims('Rain fell. The river rose.')).toEqual(['Rain fell.', 'The river rose.'])
  })

  it('keeps a multi-sentence quotation with the sentence introducing it', () => {
    expect(claims('The mayor said, "We are ready. The dams will hold." Nobody believed her.')).toEqual([
      'The mayor said, "We are ready. The dams will hold."',
      'Nobody believed her.'
    ])
    expect(claims('She wrote: “It is over. We lost.” Then she left.')).toHaveLength(2)
  })

  it('keeps sentences apart when a quotation is never closed', () => {
    expect(claims('He said, "We are ready. The dams will hold.')).toEqual([
      'He said, "We are ready.',
      'The dams will hold.'
    ])
  })
})
