/**
 * Publishing settings kept in the data folder, and a desk document's ClaimReview export through
 * the services: only what the desk's view says an editor signed off, on the saved rating scale.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reviewedArticle } from '../../../test/fixtures/export/reviewed-article'
import { tempFolder } from '../../../test/support/temp-folder'
import type { DeskDocumentView } from '../../shared/desk/desk-types'
import { truthOMeterScale } from '../../shared/desk/view/publishing-scale'
import { LibraryStore } from '../store/library-store'
import type { DeskEngine } from '../desk/desk-services'
import { createServices } from './create-services'
import { inProcessArticleBuilder } from '../../../test/support/in-process-article-builder'

const at = '2026-03-18T10:00:00.000Z'

/** The desk's view of the document as the engine would answer it; nothing else is asked of it. */
function viewingEngine(view: DeskDocumentView): DeskEngine {
  const unused = () => Promise.reject(new Error('Not used by exports.'))
  return {
    status: () => ({ connected: false }),
    connect: unused,
    disconnect: unused,
    share: unused,
    signOff: unused,
    assign: unused,
    documentView: async () => view,
    decorate: (entries) => [...entries],
    viewsByDocument: unused,
    publishing: () => null,
    setRatingScale: unused,
    setClaimPublishing: unused
  }
}

async function deskServices(desk?: DeskEngine) {
  const dataDir = await tempFolder()
  const store = await LibraryStore.open(dataDir)
  const document = { ...reviewedArticle(), desk: { deskDocId: 'd-riverside' } }
  await store.createDocument(document)
  const services = createServices({
    store,
    platform: { kind: 'browser' },
    version: '9.9.9',
    articleBuilder: inProcessArticleBuilder,
    ...(desk ? { desk } : {})
  })
  return { dataDir, services, documentId: document.id }
}

const signedOff: DeskDocumentView = {
  deskDocId: 'd-riverside',
  assignment: null,
  history: [],
  claims: {
    c3: {
      claimId: 'c3',
      verdicts: [{ member: 'ben', status: 'disputed', note: '', at, sources: 0 }],
      signOff: { editor: 'erin', verdict: 'disputed', reason: 'The 1998 cut was larger.', at, stale: false },
      tally: { disputed: 1 },
      disagreement: false,
      conflicts: []
    }
  }
}

describe('publishing settings', () => {
  it('keeps the rating scale and a claim’s details in publishing.json, and reads them back', async () => {
    const { dataDir, services, documentId } = await deskServices()
    expect((await services.getPublishing({})).ratingScale.map((rating) => rating.name)).toEqual([
      'Verified',
      'Disputed'
    ])
    await services.savePublishingScale({ ratingScale: truthOMeterScale })
    const details = {
      url: 'https://factdesk.example.org/checks/largest-cut',
      claimant: 'Ines Caldwell',
      appearedAt: '',
      appearedOn: '2026-03-10',
      rating: 'Pants on fire'
    }
    await services.saveClaimPublishing({ documentId, claimId: 'c3', details })
    const saved = JSON.parse(await readFile(join(dataDir, 'publishing.json'), 'utf8')) as unknown
    expect(saved).toEqual({ ratingScale: truthOMeterScale, claims: { [documentId]: { c3: details } } })
  })
})

describe('the ClaimReview export of a desk document', () => {
  it('holds only the claims the desk’s view says an editor signed off, rated on the saved scale', async () => {
    const { services, documentId } = await deskServices(viewingEngine(signedOff))
    await services.savePublishingScale({ ratingScale: truthOMeterScale })
    await services.saveClaimPublishing({
      documentId,
      claimId: 'c3',
      details: { url: '', claimant: '', appearedAt: '', appearedOn: '', rating: 'Pants on fire' }
    })
    const file = await services.exportDocument({ documentId, format: 'claimreview' })
    const graph = (
      JSON.parse(file.content) as {
        '@graph': { author: { name: string }; reviewRating: { alternateName: string } }[]
      }
    )['@graph']
    expect(graph.map((review) => [review.author.name, review.reviewRating.alternateName])).toEqual([
      ['erin', 'Pants on fire']
    ])
  })

  it('publishes nothing when the desk’s view cannot be read (no engine, as on the command line)', async () => {
    const { services, documentId } = await deskServices()
    const file = await services.exportDocument({ documentId, format: 'claimreview' })
    expect(JSON.parse(file.content)).toEqual({ '@context': 'https://schema.org', '@graph': [] })
  })
})
