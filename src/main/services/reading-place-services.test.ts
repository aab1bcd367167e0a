import { describe, expect, it } from 'vitest'
import { dispatch } from '../../shared/dispatch'
import { servicesIn, servicesWithTwoDocuments } from '../../../test/support/services'

describe('reading places', () => {
  it('remembers the reading place of each document across a restart', async () => {
    const { services, dataDir, ids } = await servicesWithTwoDocuments()
    await services.saveReadingPlace({ documentId: ids[1]!, place: { claimId: 'c2', scrollFraction: 0.4 } })
    const restarted = await servicesIn(dataDir)
    expect(await restarted.getReadingPlace({ documentId: ids[1]! })).toEqual({
      claimId: 'c2',
      scrollFraction: 0.4
    })
    expect(await restarted.getReadingPlace({ documentId: ids[0]! })).toBeNull()
  })
  it('refuses a place at a claim the document does not have, and keeps the one saved', async () => {
    const { services, ids } = await servicesWithTwoDocuments()
    await services.saveReadingPlace({ documentId: ids[0]!, place: { claimId: 'c1', scrollFraction: 0.1 } })
    const answer = await dispatch(services, 'saveReadingPlace', {
      documentId: ids[0],
      place: { claimId: 'c99', scrollFraction: 0.5 }
    })
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await services.getReadingPlace({ documentId: ids[0]! })).toEqual({
      claimId: 'c1',
      scrollFraction: 0.1
    })
  })
})
