import { describe, expect, it } from 'vitest'
import { isWebLink } from './web-link'

describe('isWebLink', () => {
  it.each(['https://example.org/a?b=c', 'http://localhost:8080/', 'HTTPS://EXAMPLE.ORG'])(
    'accepts %s',
    (url) => {
      expect(isWebLink(url)).toBe(true)
    }
  )

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'mailto:a@example.org',
    '//example.org/no-scheme',
    '/relative/path',
    'https//missing-colon',
    ''
  ])('refuses %j', (url) => {
    expect(isWebLink(url)).toBe(false)
  })
})
