import { describe, expect, it } from 'vitest'
import { linksInNote } from './note-links'

describe('linksInNote', () => {
  it('finds http(s) links once each, without the sentence’s trailing punctuation', () => {
    const note =
      'See https://isw.org/report. Also (http://example.com/a?b=1), and https://isw.org/report again.'
    expect(linksInNote(note)).toEqual(['https://isw.org/report', 'http://example.com/a?b=1'])
  })

  it('ignores links that are not http(s)', () => {
    expect(linksInNote('javascript:alert(1) file:///etc/passwd ftp://x.org')).toEqual([])
  })
})
