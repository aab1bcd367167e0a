import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildArticle } from '../shared/document/build-article'
import { reviewedArticle } from '../../test/fixtures/export/reviewed-article'
import { SCHEMA_VERSION, emptyAnnotations } from '../shared/model'
import { createServices } from '../main/services/create-services'
import { openStore, tempFolder } from '../../test/support/temp-folder'
import { run } from './run'
import { inProcessArticleBuilder } from '../../test/support/in-process-article-builder'

afterEach(() => {
  vi.unstubAllEnvs()
})

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await run(args, {
    stdin: Readable.from([]),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) }
  })
  return { code, stdout, stderr }
}

/** A data folder written by the app's own store: the reviewed article and a second document. */
async function library() {
  const dataDir = await tempFolder()
  const store = await openStore(dataDir)
  await store.createDocument(reviewedArticle())
  const ferry = buildArticle({
    title: 'Ferry Timetable Changes',
    source: 'ferry.txt',
    blocks: [{ type: 'paragraph', text: 'The ferry leaves at nine. It returns at noon.' }]
  })
  await store.createDocument({
    schemaVersion: SCHEMA_VERSION,
    id: 'ferry-timetable-0a1b2c3d',
    addedAt: '2026-03-18T08:00:00.000Z',
    ...ferry,
    annotations: emptyAnnotations()
  })
  const services = createServices({
    store,
    platform: { kind: 'browser' },
    version: '0.0.0',
    articleBuilder: inProcessArticleBuilder
  })
  await services.saveReviewer({ reviewer: { name: 'Sam Reyes', organisation: 'Riverside Fact Desk' } })
  vi.stubEnv('CLAIMCHECK_DATA_DIR', dataDir)
  vi.stubEnv('npm_package_version', '0.0.0')
  return { dataDir, services }
}

/** Export times differ by design; everything else must not. */
const withoutTimes = (text: string) => text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, '<time>')

describe('claimcheck list', () => {
  it('lists every document with its id, how many claims are reviewed, and its title', async () => {
    await library()
    const result = await cli(['list'])
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'ferry-timetable-0a1b2c3d            0/2  Ferry Timetable Changes',
      'riverside-water-bills-3f9a1c2e      4/9  Riverside Council Says Water Bills Will Fall by 12%'
    ])
  })

  it('prints the library entries as JSON with --json', async () => {
    await library()
    const entries = JSON.parse((await cli(['list', '--json'])).stdout) as { id: string }[]
    expect(entries.map((entry) => entry.id).sort()).toEqual([
      'ferry-timetable-0a1b2c3d',
      'riverside-water-bills-3f9a1c2e'
    ])
  })
})

describe('claimcheck export', () => {
  it.each(['markdown', 'markdown-article', 'w3c', 'claimreview', 'csv', 'backup'] as const)(
    'writes the same %s export as the app, apart from the export time',
    async (format) => {
      const { services } = await library()
      const app = await services.exportDocument({ documentId: reviewedArticle().id, format })
      const result = await cli(['export', 'riverside council', '--format', format])
      expect(result.code).toBe(0)
      expect(withoutTimes(result.stdout)).toBe(withoutTimes(app.content))
    }
  )

  it('writes every document into a folder with --all, and never overwrites a file', async () => {
    const { dataDir } = await library()
    const out = join(dataDir, '..', `${Date.now()}-exports`)
    expect((await cli(['export', '--all', '--format', 'csv', '--out', out])).code).toBe(0)
    expect((await cli(['export', '--all', '--format', 'csv', '--out', out])).code).toBe(0)
    expect((await readdir(out)).sort()).toEqual([
      'ferry-timetable-changes-2.csv',
      'ferry-timetable-changes.csv',
      'riverside-council-says-water-bills-will-fall-by-12-2.csv',
      'riverside-council-says-water-bills-will-fall-by-12.csv'
    ])
    const single = join(out, 'one.md')
    expect(
      (await cli(['export', 'ferry-timetable-0a1b2c3d', '--format', 'markdown', '--out', single])).code
    ).toBe(0)
    const again = await cli(['export', 'ferry-timetable-0a1b2c3d', '--format', 'markdown', '--out', single])
    expect([again.code, again.stderr]).toEqual([
      1,
      `claimcheck: ${single} already exists; choose another --out.\n`
    ])
    expect(await readFile(single, 'utf8')).toContain('# Ferry Timetable Changes')
  })

  it('leaves the data folder exactly as it was', async () => {
    const { dataDir } = await library()
    const before = await stat(join(dataDir, 'library.json'))
    await cli(['export', 'ferry', '--format', 'backup'])
    await cli(['list'])
    expect((await stat(join(dataDir, 'library.json'))).mtimeMs).toBe(before.mtimeMs)
    expect((await readdir(join(dataDir, 'documents'))).sort()).toEqual([
      'ferry-timetable-0a1b2c3d.json',
      'riverside-water-bills-3f9a1c2e.json'
    ])
  })

  it.each([
    [['export', 'lighthouse', '--format', 'csv'], /No document has the id or title “lighthouse”/],
    [['export', 'e', '--format', 'csv'], /“e” matches 2 documents; name one by its id/],
    [['export', 'ferry', '--format', 'pdf'], /--format must be one of: markdown, markdown-article/]
  ])('refuses %j with exit code 1 and a message that says why', async (args, message) => {
    await library()
    const result = await cli(args)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(message)
  })
})
