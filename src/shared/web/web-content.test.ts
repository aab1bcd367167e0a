import { describe, expect, it } from 'vitest'
import {
  contentKindOfType,
  fileNameOfUrl,
  notAnArticleMessage,
  parseContentType,
  sniffContentKind
} from './web-content'

const bytes = (text: string): Uint8Array => Uint8Array.from(text, (character) => character.charCodeAt(0))

describe('what a fetched body is', () => {
  it('reads the media type and charset from Content-Type', () => {
    expect(parseContentType('Text/HTML; Charset="ISO-8859-1"')).toEqual({
      mediaType: 'text/html',
      charset: 'ISO-8859-1'
    })
    expect(parseContentType(null)).toEqual({ mediaType: '' })
  })

  it('maps web pages, text, Markdown and PDF, and refuses the rest', () => {
    expect(contentKindOfType('application/xhtml+xml', 'https://a.example/')).toBe('html')
    expect(contentKindOfType('text/plain', 'https://a.example/notes.txt')).toBe('text')
    expect(contentKindOfType('text/plain', 'https://a.example/README.md')).toBe('markdown')
    expect(contentKindOfType('application/pdf', 'https://a.example/r')).toBe('pdf')
    expect(contentKindOfType('image/jpeg', 'https://a.example/r.html')).toBeNull()
    expect(contentKindOfType('application/octet-stream', 'https://a.example/r')).toBe('unknown')
  })

  it('looks at an unlabelled body: its extension, then a PDF or HTML signature', () => {
    expect(sniffContentKind('https://a.example/report.PDF', bytes('anything'))).toBe('pdf')
    expect(sniffContentKind('https://a.example/r', bytes('%PDF-1.7\n'))).toBe('pdf')
    expect(sniffContentKind('https://a.example/r', bytes('\n<!DOCTYPE html><p>x'))).toBe('html')
    expect(sniffContentKind('https://a.example/r', bytes('\u0089PNG'))).toBeNull()
  })

  it('names what a refused body is', () => {
    expect(notAnArticleMessage('https://a.example/v', 'video/mp4')).toMatch(/is a video, not an article/)
    expect(notAnArticleMessage('https://a.example/j', 'application/ld+json')).toMatch(/is JSON data/)
  })

  it('takes a file name from the address for a title when the content has none', () => {
    expect(fileNameOfUrl('https://a.example/docs/annual-report.pdf?x=1', 'pdf')).toBe('annual-report.pdf')
    expect(fileNameOfUrl('https://a.example/docs/notes', 'md')).toBe('notes.md')
    expect(fileNameOfUrl('https://a.example/', 'html')).toBe('a.example.html')
  })
})
