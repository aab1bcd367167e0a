import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportFormats } from '../../shared/export/formats'
import { reviewedArticle } from '../../../test/fixtures/export/reviewed-article'
import { openStore, tempFolder } from '../../../test/support/temp-folder'
import { createServices } from './create-services'
import type { HostPlatform } from './platform'
import { inProcessArticleBuilder } from '../../../test/support/in-process-article-builder'

const fixedNow = () => new Date('2026-03-21T10:00:00.000Z')

async function servicesWithArticle(platform: HostPlatform = { kind: 'browser' }) {
  const dataDir = await tempFolder()
  const store = await openStore(dataDir)
  await store.createDocument(reviewedArticle())
  const services = createServices({
    store,
    platform,
    version: '9.9.9',
    articleBuilder: inProcessArticleBuilder,
    now: fixedNow
  })
  return { dataDir, services, documentId: reviewedArticle().id }
}

describe('exportDocument', () => {
  it('renders every format of the stored document', async () => {
    const { services, documentId } = await servicesWithArticle()
    const files = await Promise.all(
      exportFormats.map((format) => services.exportDocument({ documentId, format }))
    )
    expect(files.map((file) => file.mimeType)).toEqual([
      'text/markdown',
      'text/markdown',
      'text/html',
      'application/ld+json',
      'application/ld+json',
      'text/csv',
      'application/json'
    ])
    expect(files.every((file) => file.content.includes('Riverside'))).toBe(true)
  })

  it('signs ClaimReview and W3C exports with the reviewer saved in the data folder', async () => {
    const { dataDir, services, documentId } = await servicesWithArticle()
    await services.saveReviewer({ reviewer: { name: 'Sam Reyes', organisation: 'Riverside Fact Desk' } })
    const claimReview = await services.exportDocument({ documentId, format: 'claimreview' })
    const w3c = await services.exportDocument({ documentId, format: 'w3c' })
    expect(claimReview.content).toContain('"name": "Sam Reyes"')
    expect(w3c.content).toContain('"schema:affiliation": "Riverside Fact Desk"')
    expect(JSON.parse(await readFile(join(dataDir, 'reviewer.json'), 'utf8'))).toEqual({
      name: 'Sam Reyes',
      organisation: 'Riverside Fact Desk'
    })
  })

  it('reads a damaged reviewer file as no reviewer, so exports still work', async () => {
    const { dataDir, services } = await servicesWithArticle()
    await writeFile(join(dataDir, 'reviewer.json'), '{ not json')
    expect(await services.getReviewer({})).toEqual({ name: '', organisation: '' })
  })
})

describe('exporting into a folder (desktop)', () => {
  it('writes each export under a name no file in the folder has, never overwriting one', async () => {
    const folder = await tempFolder()
    const existing = 'riverside-council-says-water-bills-will-fall-by-12.csv'
    await writeFile(join(folder, existing), 'kept')
    const { services, documentId } = await servicesWithArticle({
      kind: 'electron',
      chooseFolder: async () => folder
    })
    const { folderId } = await services.chooseExportFolder({})
    if (!folderId) throw new Error('no folder id')
    const first = await services.saveToExportFolder({ folderId, documentId, format: 'csv' })
    const second = await services.saveToExportFolder({ folderId, documentId, format: 'csv' })
    expect([first.fileName, second.fileName]).toEqual([
      'riverside-council-says-water-bills-will-fall-by-12-2.csv',
      'riverside-council-says-water-bills-will-fall-by-12-3.csv'
    ])
    expect(await readFile(join(folder, existing), 'utf8')).toBe('kept')
    expect((await readdir(folder)).sort()).toHaveLength(3)
  })

  it('refuses a folder id it did not hand out', async () => {
    const { services, documentId } = await servicesWithArticle({
      kind: 'electron',
      chooseFolder: async () => null
    })
    expect(await services.chooseExportFolder({})).toEqual({ folderId: null, location: null })
    await expect(
      services.saveToExportFolder({ folderId: 'a'.repeat(24), documentId, format: 'csv' })
    ).rejects.toThrow(/Choose the folder/)
  })
})
