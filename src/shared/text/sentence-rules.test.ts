import { describe, expect, it } from 'vitest'
import { segmentSentences } from './segment'

const sentences = (text: string): string[] =>
  segmentSentences(text).map((span) => text.slice(span.start, span.end))

describe('initials after a lower-case word', () => {
  it('keeps a first initial that opens a name after "said"', () => {
    expect(sentences('“Rates will fall,” said C. Eugene Steuerle, a fellow at the institute.')).toHaveLength(
      1
    )
    expect(
      sentences('The report was written by J. Robert Oppen and two colleagues. It ran long.')
    ).toHaveLength(2)
  })

  it('still ends a sentence at a grade or a plan letter before a common opener', () => {
    expect(sentences('She got a B. The teacher was pleased.')).toHaveLength(2)
    expect(sentences('We moved to plan C. It worked.')).toHaveLength(2)
  })
})
