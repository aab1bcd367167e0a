import { describe, expect, it } from 'vitest'
import type { Services } from './contract'
import { dispatch } from './dispatch'
import { ApiFailure } from './result'

const services = {
  openDocument: async ({ documentId }: { documentId: string }) => {
    if (documentId === 'gone') throw new ApiFailure('not-found', 'That document is no longer in the library.')
    if (documentId === 'broken') throw new Error('disk on fire')
    return { id: documentId }
  }
} as unknown as Services

describe('dispatch', () => {
  it('runs the service with validated input', async () => {
    expect(await dispatch(services, 'openDocument', { documentId: 'ferry' })).toEqual({
      ok: true,
      value: { id: 'ferry' }
    })
  })

  it('names the method when it does not exist', async () => {
    expect(await dispatch(services, 'deleteEverything', {})).toEqual({
      ok: false,
      error: { code: 'unknown-method', message: 'There is no API method "deleteEverything".' }
    })
  })

  it('says which argument is wrong', async () => {
    const result = await dispatch(services, 'openDocument', { documentId: 42 })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(!result.ok && result.error.message).toMatch(/^Invalid arguments — documentId: /)
  })

  it.each([[null], ['text'], [[1, 2]], [{ documentId: 'ferry', extra: true }]])(
    'refuses input %j',
    async (input) => {
      expect(await dispatch(services, 'openDocument', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' }
      })
    }
  )

  it('passes a service failure through as a value', async () => {
    expect(await dispatch(services, 'openDocument', { documentId: 'gone' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That document is no longer in the library.' }
    })
  })

  it('hides an unexpected error behind a readable message and reports it', async () => {
    const reported: unknown[] = []
    const result = await dispatch(services, 'openDocument', { documentId: 'broken' }, (error) =>
      reported.push(error)
    )
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('open document') }
    })
    expect(reported).toHaveLength(1)
  })
})
