import { describe, expect, it } from 'vitest'
import { checkWebAddress, firstUriOfList, loneWebAddress } from './web-address'

describe('checking a web address', () => {
  it('takes http and https addresses, and adds https:// to one typed without it in the dialog', () => {
    expect(checkWebAddress(' https://news.example.org/a?b=1#c ')).toEqual({
      ok: true,
      url: 'https://news.example.org/a?b=1#c'
    })
    expect(checkWebAddress('news.example.org/story', { assumeHttps: true })).toEqual({
      ok: true,
      url: 'https://news.example.org/story'
    })
    expect(checkWebAddress('news.example.org/story').ok).toBe(false)
  })

  it.each([
    ['', /Type or paste the address/],
    ['ftp://example.org/a.txt', /reads only http:\/\/ and https:\/\/ pages/],
    ['data:text/html,<p>hi</p>', /reads only http:\/\/ and https:\/\/ pages/],
    ['file:///C:/news/story.html', /file on this computer.*From a file/],
    ['https://me:pw@example.org/', /user name or password/],
    ['just words', /is not a web address/]
  ])('refuses %j and says why', (input, message) => {
    const checked = checkWebAddress(input, { assumeHttps: true })
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.message).toMatch(message)
  })
})

describe('a pasted or dropped address', () => {
  it('is one complete http(s) address and nothing else', () => {
    expect(loneWebAddress('  https://example.org/story\n')).toBe('https://example.org/story')
    expect(loneWebAddress('Read https://example.org/story')).toBeNull()
    expect(loneWebAddress('example.org/story')).toBeNull()
    expect(loneWebAddress('javascript:alert(1)')).toBeNull()
  })

  it('is the first address of a uri-list, past its comments', () => {
    expect(firstUriOfList('# dragged from a browser\r\nhttps://example.org/a\r\nhttps://example.org/b')).toBe(
      'https://example.org/a'
    )
    expect(firstUriOfList('# only a comment')).toBeNull()
  })
})
