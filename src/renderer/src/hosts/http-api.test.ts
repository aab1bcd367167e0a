import { describe, expect, it } from 'vitest'
import { methodNames } from '../../../shared/method-names'
import { TOKEN_HEADER } from '../../../shared/wire'
import { httpApi } from './http-api'

interface Sent {
  url: string
  init: RequestInit
}

function recordingFetch(answer: unknown, sent: Sent[]): typeof fetch {
  return async (url, init) => {
    sent.push({ url: String(url), init: init ?? {} })
    return new Response(JSON.stringify(answer))
  }
}

describe('httpApi', () => {
  it('has one function per contract method and nothing else', () => {
    const api = httpApi('t', recordingFetch({}, []))
    expect(Object.keys(api)).toEqual([...methodNames])
    expect((api as unknown as Record<string, unknown>)['then']).toBeUndefined()
  })

  it('posts the input as JSON to the method’s route with the launch token', async () => {
    const sent: Sent[] = []
    const api = httpApi('secret', recordingFetch({ ok: true, value: [] }, sent))
    expect(await api.listTrash({})).toEqual({ ok: true, value: [] })
    expect(sent).toHaveLength(1)
    expect(sent[0]?.url).toBe('/api/listTrash')
    expect(sent[0]?.init.method).toBe('POST')
    expect(sent[0]?.init.headers).toMatchObject({ [TOKEN_HEADER]: 'secret' })
    expect(sent[0]?.init.body).toBe('{}')
  })

  it('answers a failure a person can act on when the host does not answer, and says the host is lost', async () => {
    let lost = 0
    const api = httpApi(
      't',
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => lost++
    )
    const result = await api.listDocuments({})
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/npm run web/)
    expect(lost).toBe(1)
  })

  it('does not call a host that answered lost, even when its answer is not JSON', async () => {
    let lost = 0
    const api = httpApi(
      't',
      async () => new Response('Misdirected request', { status: 421 }),
      () => lost++
    )
    expect((await api.listDocuments({})).ok).toBe(false)
    expect(lost).toBe(0)
  })
})
