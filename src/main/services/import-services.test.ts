import { readFile, readdir, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportOutcome, Services } from '../../shared/contract'
import { snapshotOf, touchedBy } from '../../shared/annotations/undo-history'
import { dispatch } from '../../shared/dispatch'
import { tempFolder } from '../../../test/support/temp-folder'
import { servicesIn as servicesWith } from '../../../test/support/services'
import type { HostPlatform } from './platform'

const fixture = (name: string): Promise<string> =>
  readFile(new URL(`../../../test/fixtures/import/${name}`, import.meta.url), 'utf8')

const servicesIn = (dataDir: string, platform: HostPlatform = { kind: 'browser' }): Promise<Services> =>
  servicesWith(dataDir, { platform, now: () => new Date('2026-05-01T09:00:00Z') })

function imported(outcome: ImportOutcome): string {
  if (outcome.status !== 'imported') throw new Error(`expected a new document, got ${outcome.status}`)
  return outcome.entry.id
}

const report = (edit: (lines: string[]) => string[]): string =>
  edit([
    'Pier Repairs Report',
    '',
    'The pier was closed for 18 months. Repairs cost 3.2 million pounds.',
    '',
    'The old kiosk was removed. A new lift serves the lower deck.'
  ]).join('\n')

describe('importing files', () => {
  it('stores a Markdown note and an HTML page as documents with their metadata', async () => {
    const services = await servicesIn(await tempFolder())
    imported(await services.importFile({ fileName: 'field-notes.md', text: await fixture('field-notes.md') }))
    const pageId = imported(
      await services.importFile({ fileName: 'ferry.html', text: await fixture('harbour-news.html') })
    )
    const page = await services.openDocument({ documentId: pageId })
    expect(page).toMatchObject({
      title: 'Ferry fares to rise by 12% in spring',
      siteName: 'The Estuary Gazette'
    })
    expect((await services.listDocuments({})).map((entry) => entry.title).sort()).toEqual([
      'Ferry fares to rise by 12% in spring',
      'Notes on the allotment water survey'
    ])
  })

  it.each([
    ['binary data', 'scan.txt', 'GIF89a\u0000\u0001'],
    ['invalid UTF-8', 'notes.md', 'na\uFFFDve'],
    ['an empty file', 'blank.txt', '\n\n'],
    ['a page without an article', 'menu.html', '<nav><a href="/">Home</a></nav>'],
    ['a title alone', 'heading.md', '# Only a heading']
  ])('refuses %s and leaves the library and data folder unchanged', async (_label, fileName, text) => {
    const dataDir = await tempFolder()
    const services = await servicesIn(dataDir)
    const before = await readFile(join(dataDir, 'library.json'), 'utf8').catch(() => null)
    const result = await dispatch(services, 'importFile', { fileName, text })
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-file' } })
    expect(await readdir(join(dataDir, 'documents'))).toEqual([])
    expect(await readFile(join(dataDir, 'library.json'), 'utf8').catch(() => null)).toBe(before)
  })

  it('reads the file chosen in the desktop dialog, and refuses one over 50 MB unread', async () => {
    const folder = await tempFolder()
    const note = join(folder, 'field-notes.md')
    await writeFile(note, await fixture('field-notes.md'))
    const huge = join(folder, 'huge.txt')
    await writeFile(huge, '')
    await truncate(huge, 60 * 1024 * 1024)
    let chosen = note
    const services = await servicesIn(join(folder, 'data'), {
      kind: 'electron',
      chooseImportFile: async () => chosen
    })
    expect(await services.importFromDialog({})).toMatchObject({
      status: 'imported',
      entry: { source: 'field-notes.md' }
    })
    chosen = huge
    expect(await dispatch(services, 'importFromDialog', {})).toMatchObject({
      ok: false,
      error: {
        code: 'too-large',
        message:
          '“huge.txt” is 60.0 MB; Claimcheck imports files up to 50 MB. Split it into smaller files and import them one by one.'
      }
    })
  })
})

describe('a backup chosen in the desktop dialog', () => {
  it('restores a deleted document, asks before replacing one still there, and points annotations elsewhere', async () => {
    const folder = await tempFolder()
    const dataDir = join(folder, 'data')
    let chosen = ''
    const services = await servicesIn(dataDir, { kind: 'electron', chooseImportFile: async () => chosen })
    const note = join(folder, 'field-notes.md')
    await writeFile(note, await fixture('field-notes.md'))
    chosen = note
    const documentId = imported(await services.importFromDialog({}))
    const backup = await services.exportDocument({ documentId, format: 'backup' })
    chosen = join(folder, backup.fileName)
    await writeFile(chosen, backup.content)

    const asked = await services.importFromDialog({})
    expect(asked).toMatchObject({ status: 'needs-decision', kind: 'backup' })
    if (asked.status !== 'needs-decision') throw new Error('expected a question')
    expect(await services.resolveBackupImport({ pendingId: asked.pendingId, decision: 'cancel' })).toEqual({
      status: 'cancelled'
    })

    await services.trashDocument({ documentId })
    await services.emptyTrash({})
    expect(await services.importFromDialog({})).toMatchObject({
      status: 'imported',
      entry: { id: documentId }
    })

    chosen = join(folder, 'hypothesis.json')
    await writeFile(chosen, '[]')
    expect(await dispatch(services, 'importFromDialog', {})).toMatchObject({
      ok: false,
      error: { code: 'unsupported', message: expect.stringContaining('drop the file on the window') }
    })
  })
})

describe('a new version of a document', () => {
  async function reviewedReport(): Promise<{ services: Services; documentId: string; dataDir: string }> {
    const dataDir = await tempFolder()
    const services = await servicesIn(dataDir)
    const documentId = imported(
      await services.importFile({ fileName: 'pier.txt', text: report((lines) => lines) })
    )
    await services.applyChange({
      documentId,
      change: { kind: 'set-status', claimId: 'c2', status: 'disputed' }
    })
    await services.applyChange({
      documentId,
      change: { kind: 'set-note', claimId: 'c2', note: 'Council says 3.4m.' }
    })
    await services.applyChange({
      documentId,
      change: { kind: 'set-note', claimId: 'c3', note: 'Kiosk photo?' }
    })
    return { services, documentId, dataDir }
  }

  it('asks first, then re-anchors what it can and keeps the rest as orphans', async () => {
    const { services, documentId, dataDir } = await reviewedReport()
    const edited = report((lines) => [lines[0]!, '', 'Intro added.', '', ...lines.slice(1, 3)])
    const asked = await services.importFile({ fileName: 'pier.txt', text: edited })
    expect(asked).toMatchObject({ status: 'needs-decision', existing: { id: documentId } })
    if (asked.status !== 'needs-decision') return
    const updated = await services.resolveImport({ pendingId: asked.pendingId, decision: 'update' })
    expect(updated).toMatchObject({ status: 'updated', placed: 1, orphaned: 1, entry: { orphanCount: 1 } })

    const reopened = await (await servicesIn(dataDir)).openDocument({ documentId })
    const review = Object.values(reopened.annotations.claims)[0]
    expect(review && reopened.text.slice(review.target.position.start, review.target.position.end)).toBe(
      'Repairs cost 3.2 million pounds.'
    )
    expect(reopened.annotations.orphans?.[0]?.annotation).toMatchObject({
      kind: 'claim',
      review: { note: 'Kiosk photo?' }
    })
  })

  it('re-attaches an orphan to a chosen claim as an annotation change, undone by its snapshot', async () => {
    const { services, documentId } = await reviewedReport()
    const asked = await services.importFile({
      fileName: 'pier.txt',
      text: report((lines) => lines.slice(0, 3))
    })
    if (asked.status !== 'needs-decision') throw new Error('expected a question')
    await services.resolveImport({ pendingId: asked.pendingId, decision: 'update' })
    const before = (await services.openDocument({ documentId })).annotations
    const orphan = before.orphans?.[0]
    const claim = (await services.openDocument({ documentId })).claims[0]!
    if (!orphan) throw new Error('expected an orphan')
    const change = { kind: 'reattach-orphan', orphanId: orphan.id, place: { claimId: claim.id } } as const
    const { annotations: after } = await services.applyChange({ documentId, change })
    expect(after.orphans).toBeUndefined()
    expect(after.claims[claim.id]?.note).toBe('Kiosk photo?')
    expect((await services.listDocuments({}))[0]?.orphanCount).toBeUndefined()

    const undo = snapshotOf(before, touchedBy(change, before))
    const { annotations: undone } = await services.applyChange({ documentId, change: undo })
    expect(undone).toEqual(before)
    expect(await dispatch(services, 'applyChange', { documentId, change })).toMatchObject({ ok: true })
    expect(await dispatch(services, 'applyChange', { documentId, change })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
  })

  it('adds a separate document when the user says it is not a new version', async () => {
    const { services } = await reviewedReport()
    const asked = await services.importFile({ fileName: 'pier.txt', text: report((lines) => lines) })
    if (asked.status !== 'needs-decision') throw new Error('expected a question')
    expect(await services.resolveImport({ pendingId: asked.pendingId, decision: 'new' })).toMatchObject({
      status: 'imported'
    })
    expect(await services.listDocuments({})).toHaveLength(2)
  })
})
