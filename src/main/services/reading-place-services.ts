/**
 * The reading place each document reopens at (the selected claim and how far down the page), kept
 * in the library index so that opening a document needs no write.
 */
import type { Services } from '../../shared/contract'
import { ApiFailure } from '../../shared/result'
import { findEntry, type ServiceDeps } from './service-deps'

type ReadingPlaceServices = Pick<Services, 'getReadingPlace' | 'saveReadingPlace'>

export function readingPlaceServices({ store }: ServiceDeps): ReadingPlaceServices {
  return {
    async getReadingPlace({ documentId }) {
      findEntry(store, documentId)
      const { places } = store.index
      return Object.hasOwn(places, documentId) ? (places[documentId] ?? null) : null
    },
    async saveReadingPlace({ documentId, place }) {
      findEntry(store, documentId)
      if (place.claimId !== null) {
        const { claims } = await store.openDocument(documentId)
        if (!claims.some((claim) => claim.id === place.claimId)) {
          throw new ApiFailure('not-found', `This document has no claim "${place.claimId}".`)
        }
      }
      await store.updateIndex((index) => {
        index.places[documentId] = place
      })
    }
  }
}
