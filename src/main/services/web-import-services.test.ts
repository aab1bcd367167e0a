/**
 * Importing from a web address, end to end under Node: a real HTTP server on this machine serves
 * our own pages, the real services fetch them and store them in a real data folder.
 */
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportOutcome, Services } from '../../shared/contract'
import { dispatch } from '../../shared/dispatch'
import { BROWSER_USER_AGENT } from '../fetch/fetch-page'
import { STALLED_START, startArticleServer, type ArticleServer } from '../../../test/support/article-server'
import { setLines, writePdf } from '../../../test/support/pdf-files'
import { servicesIn } from '../../../test/support/services'
import { tempFolder } from '../../../test/support/temp-folder'

let server: ArticleServer
beforeEach(async () => {
  server = await startArticleServer()
})
afterEach(() => server.close())

let downloads = 0
const nextDownloadId = (): string => (++downloads).toString(16).padStart(16, '0')

function importedId(outcome: ImportOutcome): string {
  if (outcome.status !== 'imported') throw new Error(`expected a new document, got ${outcome.status}`)
  return outcome.entry.id
}

const importFrom = (services: Services, url: string) =>
  services.importFromWeb({ url, downloadId: nextDownloadId() })

/** Files under the data folder, to show a refused import wrote nothing. */
async function dataFiles(dataDir: string): Promise<string[]> {
  return (await readdir(dataDir, { recursive: true })).sort()
}

describe('importing a web page', () => {
  it('stores the article with its canonical address, site, byline, date and absolute links', async () => {
    const services = await servicesIn(await tempFolder())
    const id = importedId(await importFrom(services, server.url('/story')))
    const document = await services.openDocument({ documentId: id })
    expect(document).toMatchObject({
      title: 'Moorland wind farm to power 40,000 homes',
      source: 'https://www.upland-courier.example/news/2026/moorland-wind-farm',
      siteName: 'The Upland Courier',
      byline: 'Idris Pemberton',
      // From <meta name="date">, which Readability does not read.
      publishedAt: '2026-02-09'
    })
    const links = (document.inlines ?? []).filter((mark) => mark.kind === 'link').map((mark) => mark.href)
    expect(links).toEqual([
      server.url('/documents/harrow-moor-statement.pdf'),
      server.url('/inquiry/report'),
      'https://planning.county.example/harrow-moor'
    ])
    expect(document.text).not.toContain('Subscribe')
  })

  it('fetches only the page, as a browser would name itself, and sends no cookies', async () => {
    const services = await servicesIn(await tempFolder())
    importedId(await importFrom(services, server.url('/sets-cookie')))
    expect(server.requests.map((request) => request.path)).toEqual(['/sets-cookie', '/story'])
    expect(server.requests.every((request) => request.userAgent === BROWSER_USER_AGENT)).toBe(true)
    expect(server.requests.map((request) => request.cookie)).toEqual([undefined, undefined])
  })

  it('decodes a windows-1252 page from its meta charset and keeps its og:url as the source', async () => {
    const services = await servicesIn(await tempFolder())
    const document = await services.openDocument({
      documentId: importedId(await importFrom(services, server.url('/cafe')))
    })
    expect(document.title).toBe('Le café du marché ferme après 62 ans')
    expect(document.text).toContain(
      '« Nous servions 300 cafés par jour », a déclaré la gérante, Renée Fauré.'
    )
    expect(document.text).toContain('Un café coûtait 1,20 €.')
    expect(document.source).toBe(server.url('/archives/cafe-du-marche'))
  })

  it('decodes plain text by the charset in its Content-Type and reads Markdown as Markdown', async () => {
    const services = await servicesIn(await tempFolder())
    const text = await services.openDocument({
      documentId: importedId(await importFrom(services, server.url('/tarifs.txt')))
    })
    expect(text).toMatchObject({ title: 'Tarifs de l’eau en 2026', source: server.url('/tarifs.txt') })
    expect(text.text).toContain('Le prix du mètre cube passe à 3,85 € le 1er janvier.')
    const notes = await services.openDocument({
      documentId: importedId(await importFrom(services, server.url('/notes')))
    })
    expect(notes).toMatchObject({ title: 'Reservoir levels', source: server.url('/notes') })
    expect(notes.blocks.map((block) => block.type)).toEqual(['title', 'paragraph'])
  })

  it('hands a PDF to the PDF importer, whether the server says it is one or only its bytes do', async () => {
    const pdf = Buffer.from(
      await writePdf({
        title: 'Reservoir Levels, Winter 2025',
        pages: [
          setLines([
            'The reservoir held 64% of its capacity in January, against 81% a year earlier. Rainfall was a third below the average for the month.'
          ])
        ]
      })
    )
    const reports = await startArticleServer({
      '/reports/winter-2025': (_request, response) =>
        void response.writeHead(200, { 'Content-Type': 'application/pdf' }).end(pdf),
      '/download': (_request, response) =>
        void response.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(pdf)
    })
    try {
      const services = await servicesIn(await tempFolder())
      for (const path of ['/reports/winter-2025', '/download']) {
        const outcome = await importFrom(services, reports.url(path))
        // The second is the same report: it is asked about, as the same file would be.
        const id = outcome.status === 'needs-decision' ? outcome.existing.id : importedId(outcome)
        const document = await services.openDocument({ documentId: id })
        expect(document.title).toBe('Reservoir Levels, Winter 2025')
        expect(document.text).toContain('The reservoir held 64% of its capacity in January')
        if (path === '/reports/winter-2025') expect(document.source).toBe(reports.url(path))
        else expect(outcome.status).toBe('needs-decision')
      }
    } finally {
      await reports.close()
    }
  })

  it('follows up to five redirects and records the address it ended at', async () => {
    const services = await servicesIn(await tempFolder())
    const document = await services.openDocument({
      documentId: importedId(await importFrom(services, server.url('/hops/4')))
    })
    expect(server.requests.map((request) => request.path)).toEqual([
      '/hops/4',
      '/hops/3',
      '/hops/2',
      '/hops/1',
      '/hops/0',
      '/story'
    ])
    // The page declares a canonical address, which wins over where it was read.
    expect(document.source).toBe('https://www.upland-courier.example/news/2026/moorland-wind-farm')
  })

  it('asks whether the same address again is a new version, and updating keeps the reviews', async () => {
    const services = await servicesIn(await tempFolder())
    const id = importedId(await importFrom(services, server.url('/story')))
    const again = await importFrom(services, server.url('/hops/0'))
    expect(again).toMatchObject({ status: 'needs-decision', kind: 'version', existing: { id } })
    if (again.status !== 'needs-decision') return
    expect(await services.resolveImport({ pendingId: again.pendingId, decision: 'update' })).toMatchObject({
      status: 'updated',
      entry: { id }
    })
    expect(await services.listDocuments({})).toHaveLength(1)
  })
})

describe('a web import that cannot be done', () => {
  const refusals: Array<[string, string, { code: string; message: RegExp }]> = [
    ['six redirects', '/hops/5', { code: 'network', message: /redirects more than 5 times/ }],
    ['a redirect loop', '/loop-a', { code: 'network', message: /redirects in a loop/ }],
    ['a redirect to a file', '/redirect-to-file', { code: 'unsupported', message: /file on this computer/ }],
    [
      'a missing page',
      '/missing',
      { code: 'not-found', message: /There is no page at .*\(HTTP 404 Not Found\)/ }
    ],
    [
      'a server error',
      '/broken',
      { code: 'network', message: /failed to send the page \(HTTP 500 Internal Server Error\)/ }
    ],
    ['an image', '/photo.png', { code: 'bad-file', message: /is an image, not an article/ }],
    ['an empty page', '/empty', { code: 'bad-file', message: /is empty: there is no article/ }],
    ['a page without an article', '/menu', { code: 'bad-file', message: /a web page without an article/ }],
    ['a body declared over 50 MB', '/huge-declared', { code: 'too-large', message: /larger than 50 MB/ }],
    ['a body streaming past 50 MB', '/huge-streamed', { code: 'too-large', message: /larger than 50 MB/ }]
  ]

  it.each(refusals)('refuses %s with a message, and saves nothing', async (_label, path, error) => {
    const dataDir = await tempFolder()
    const services = await servicesIn(dataDir)
    const before = await dataFiles(dataDir)
    const library = await readFile(join(dataDir, 'library.json'), 'utf8').catch(() => null)
    const result = await dispatch(services, 'importFromWeb', {
      url: server.url(path),
      downloadId: nextDownloadId()
    })
    expect(result).toMatchObject({ ok: false, error: { code: error.code } })
    if (!result.ok) expect(result.error.message).toMatch(error.message)
    expect(await dataFiles(dataDir)).toEqual(before)
    expect(await readFile(join(dataDir, 'library.json'), 'utf8').catch(() => null)).toBe(library)
  })

  it.each([
    ['no answer', '/silent', /did not answer within 0.3 seconds/],
    ['a body that stalls', '/stalls', /did not answer within 0.3 seconds/]
  ])('gives up on %s after the timeout', async (_label, path, message) => {
    const services = await servicesIn(await tempFolder(), { webFetchLimits: { timeoutMs: 300 } })
    const result = await dispatch(services, 'importFromWeb', {
      url: server.url(path),
      downloadId: nextDownloadId()
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'network' } })
    if (!result.ok) expect(result.error.message).toMatch(message)
  })

  it('says plainly when the host does not exist or refuses the connection', async () => {
    const services = await servicesIn(await tempFolder())
    // `.invalid` never resolves (RFC 6761); a port just closed has nothing listening.
    const unknown = await dispatch(services, 'importFromWeb', {
      url: 'http://claimcheck-test.invalid/story',
      downloadId: nextDownloadId()
    })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'network' } })
    if (!unknown.ok) expect(unknown.error.message).toMatch(/cannot find “claimcheck-test.invalid”/)
    const closed = await startArticleServer()
    const address = closed.url('/story')
    await closed.close()
    const refused = await dispatch(services, 'importFromWeb', { url: address, downloadId: nextDownloadId() })
    expect(refused).toMatchObject({ ok: false, error: { code: 'network' } })
    if (!refused.ok) expect(refused.error.message).toMatch(/refused the connection: the site may be down/)
  })

  it.each([
    ['ftp://example.org/report.txt', /reads only http:\/\/ and https:\/\/ pages/],
    ['javascript:alert(1)', /reads only http:\/\/ and https:\/\//],
    ['file:///home/me/story.html', /file on this computer/],
    ['https://me:secret@example.org/', /user name or password/]
  ])('refuses %s before fetching anything', async (url, message) => {
    const services = await servicesIn(await tempFolder())
    const result = await dispatch(services, 'importFromWeb', { url, downloadId: nextDownloadId() })
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } })
    if (!result.ok) expect(result.error.message).toMatch(message)
    expect(server.requests).toEqual([])
  })
})

describe('progress and cancel', () => {
  it('reports the bytes downloaded, and a cancel stops the download and saves nothing', async () => {
    const dataDir = await tempFolder()
    const services = await servicesIn(dataDir)
    const before = await dataFiles(dataDir)
    const downloadId = nextDownloadId()
    const importing = services.importFromWeb({ url: server.url('/stalls'), downloadId })
    // The first words arrive, then the server stalls: progress shows them until the user cancels.
    let progress = await services.webImportProgress({ downloadId })
    while (!progress || progress.receivedBytes === 0) {
      await new Promise((resolve) => setImmediate(resolve))
      progress = await services.webImportProgress({ downloadId })
    }
    expect(progress).toEqual({
      phase: 'downloading',
      receivedBytes: Buffer.byteLength(STALLED_START),
      totalBytes: null
    })
    await services.cancelWebImport({ downloadId })
    expect(await importing).toEqual({ status: 'cancelled' })
    expect(await services.webImportProgress({ downloadId })).toBeNull()
    expect(await dataFiles(dataDir)).toEqual(before)
  })
})
