import { describe, expect, it } from 'vitest'
import { rendererDevServerUrl } from './dev-server'

describe('rendererDevServerUrl', () => {
  const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' }

  it('uses the dev server in an unpackaged app', () => {
    expect(rendererDevServerUrl(false, env)).toBe('http://localhost:5173')
  })

  it('ignores it in a packaged app', () => {
    expect(rendererDevServerUrl(true, env)).toBeUndefined()
  })

  it('ignores anything but http on this machine', () => {
    for (const url of [
      'https://evil.example/',
      'http://192.168.1.9:5173',
      'file:///tmp/x.html',
      'not a url'
    ]) {
      expect(rendererDevServerUrl(false, { ELECTRON_RENDERER_URL: url })).toBeUndefined()
    }
  })
})
