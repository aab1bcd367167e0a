import { describe, expect, it } from 'vitest'
import { normalizeInline, normalizeMarked, type DraftMark } from './inline-marks'

/** The words each mark covers, after normalization. */
function covered(raw: string, marks: DraftMark[]): string[] {
  const { text, marks: moved } = normalizeMarked(raw, marks)
  return moved.map((mark) => text.slice(mark.start, mark.end))
}

const at = (raw: string, words: string, kind: DraftMark['kind'] = 'emphasis', href?: string): DraftMark => {
  const start = raw.indexOf(words)
  return { start, end: start + words.length, kind, ...(href ? { href } : {}) }
}

describe('normalizeMarked', () => {
  const samples = [
    '  The   council \n\n voted  ',
    '\tA\u00a0line\u2028with  odd\r\nspaces ',
    'Cafe\u0301 prices rose by  12%.',
    'one',
    '   '
  ]

  it('gives exactly the text normalizeInline gives, whatever the marks', () => {
    for (const raw of samples) {
      const marks = raw.length > 3 ? [{ start: 1, end: raw.length - 1, kind: 'strong' as const }] : []
      expect(normalizeMarked(raw, marks).text).toBe(normalizeInline(raw))
    }
  })

  it('moves marks past collapsed whitespace onto the same words', () => {
    const raw = '  The  city \n   council   voted  against\tit.'
    expect(covered(raw, [at(raw, 'council'), at(raw, 'against', 'strong')])).toEqual(['council', 'against'])
  })

  it('trims a mark that starts or ends in whitespace to its words', () => {
    const raw = 'The report   said  it   was late.'
    const start = raw.indexOf('   said')
    expect(covered(raw, [{ start, end: raw.indexOf('was') - 1, kind: 'emphasis' }])).toEqual(['said it'])
  })

  it('drops a mark that covers only whitespace', () => {
    const raw = 'Before     after.'
    expect(normalizeMarked(raw, [{ start: 7, end: 10, kind: 'strong' }]).marks).toEqual([])
  })

  it('keeps offsets right after NFC composes characters before a mark', () => {
    const raw = 'Cafe\u0301 owners  said prices rose.'
    expect(covered(raw, [at(raw, 'prices')])).toEqual(['prices'])
  })

  it('orders outer marks before the marks nested in them', () => {
    const raw = 'See the full report today.'
    const { marks } = normalizeMarked(raw, [
      at(raw, 'full'),
      at(raw, 'the full report', 'link', 'https://example.org/report')
    ])
    expect(marks.map((mark) => mark.kind)).toEqual(['link', 'emphasis'])
  })
})

describe('normalizeMarked on link addresses', () => {
  const raw = 'The ladder was repaired.'
  const hrefOf = (href: string) => normalizeMarked(raw, [at(raw, 'ladder', 'link', href)]).marks[0]?.href

  it('keeps http and https links, as parsed absolute URLs', () => {
    expect(hrefOf('https://example.org/a b')).toBe('https://example.org/a%20b')
    expect(hrefOf('HTTP://Example.org')).toBe('http://example.org/')
  })

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:editor@example.org',
    'file:///etc/passwd',
    '/relative/path',
    '#section',
    '//example.org/no-scheme'
  ])('drops the link but keeps the words for %j', (href) => {
    const { text, marks } = normalizeMarked(raw, [at(raw, 'ladder', 'link', href)])
    expect(text).toBe(raw)
    expect(marks).toEqual([])
  })
})

describe('normalizeInline', () => {
  it('composes to NFC, also after punctuation the quick checks pass over', () => {
    expect(normalizeInline('Cafe\u0301 “open” — 12%')).toBe('Caf\u00e9 “open” — 12%')
    expect(normalizeInline('\u2000x\u212b')).toBe('x\u00c5') // a quad is a space; the ångström sign composes
  })

  it('collapses every kind of whitespace run to one space and trims, and leaves tidy text as it is', () => {
    expect(normalizeInline(' a\tb\u00a0\u00a0c\n d  ')).toBe('a b c d')
    expect(normalizeInline('Tidy text, single spaces.')).toBe('Tidy text, single spaces.')
  })

  it('gives what composing and collapsing every character gives, across the quick-check ranges', () => {
    for (let code = 0; code < 0x2100; code++) {
      if (code >= 0xd800) break
      const text = `a${String.fromCharCode(code)}b`
      expect(normalizeInline(text)).toBe(text.normalize('NFC').replace(/\s+/g, ' ').trim())
    }
  })
})
