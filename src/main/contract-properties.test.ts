/**
 * The contract under random and hostile input (issue 8, point 7): for every API method, thousands
 * of inputs go through `dispatch` into real services on a real data folder. No input may make a
 * service fail unexpectedly (`internal`), and an input that is refused must leave every file in the
 * data folder byte-for-byte as it was. A fresh start afterwards must read the folder as it is.
 *
 * CLAIMCHECK_PROPERTY_RUNS sets the runs per method (default 1000); CLAIMCHECK_PROPERTY_SEED
 * replays a run (the seed is printed).
 */
import fc from 'fast-check'
import { highlightColors } from '../shared/annotations/highlight-colors'
import { buildArticle } from '../shared/document/build-article'
import { exportBackup } from '../shared/export/backup'
import { SCHEMA_VERSION, emptyAnnotations } from '../shared/model'
import { afterAll, describe, expect, it } from 'vitest'
import { methodNames, type MethodName, type Services } from '../shared/contract'
import { dispatch } from '../shared/dispatch'
import type { Result } from '../shared/result'
import { boot } from './boot'
import { inProcessArticleBuilder } from '../../test/support/in-process-article-builder'
import type { HostPlatform } from './services/platform'
import { folderDifferences, resourcesDir, snapshotFolder } from '../../test/support/data-folder'
import {
  hostileNumber,
  hostileString,
  hostileValue,
  hugeString,
  mutated,
  prototypeKey,
  scriptUrl
} from '../../test/support/hostile-inputs'
import { importNew } from '../../test/support/services'
import { suiteTempFolder } from '../../test/support/suite-temp-folder'

const runsPerMethod = Number.parseInt(process.env['CLAIMCHECK_PROPERTY_RUNS'] ?? '1000', 10)
const seed = Number.parseInt(process.env['CLAIMCHECK_PROPERTY_SEED'] ?? String(Date.now() % 2 ** 31), 10)

/** The desktop platform with every dialog cancelled and no browser to open. */
const cancellingPlatform: HostPlatform = {
  kind: 'electron',
  chooseSavePath: async () => null,
  chooseImportFile: async () => null,
  openExternal: async () => {}
}

const article = [
  'Harbour Bridge Turns 90',
  '',
  'Traffic',
  '',
  'The bridge opened in 1932. It carries 160,000 vehicles a day.',
  '',
  'Tolls rose by 20% in 2023. Officials say it is the busiest crossing in the city.'
].join('\n')

/** The same title with the first sentence gone: its review has no place and becomes an orphan. */
const newVersion = [
  'Harbour Bridge Turns 90',
  '',
  'It carries 160,000 vehicles a day.',
  '',
  'Tolls rose by 20% in 2023. Officials say it is the busiest crossing in the city.'
].join('\n')

const otherArticle = 'Ferry Timetable\n\nThe ferry leaves at nine. It returns at noon.'

/** What the generators aim at: real ids in a library that has every kind of record. */
interface Fixture {
  documentIds: string[]
  trashedId: string
  claimIds: string[]
  orphanIds: string[]
  pendingIds: string[]
  highlightIds: string[]
  sourceIds: string[]
  versionIds: string[]
  textLength: number
}

function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Setting up the library failed: ${result.error.message}`)
  return result.value
}

async function call<M extends MethodName>(services: Services, method: M, input: unknown) {
  return expectOk((await dispatch(services, method, input)) as Result<Awaited<ReturnType<Services[M]>>>)
}

/** A library with the sample, a reviewed document with an orphan, a trashed one, a pending import. */
async function prepareLibrary(services: Services): Promise<Fixture> {
  const [sample] = await call(services, 'listDocuments', {})
  const bridge = await importNew(services, 'bridge.txt', article)
  const change = (value: unknown) => call(services, 'applyChange', { documentId: bridge.id, change: value })
  await change({ kind: 'set-status', claimId: 'c1', status: 'verified' })
  await change({ kind: 'set-note', claimId: 'c1', note: 'Opened 19 March 1932.' })
  const source = { id: 's1', url: 'https://example.org/bridge', title: 'Archive', quote: '1932' }
  await change({ kind: 'add-source', claimId: 'c1', source })
  await change({ kind: 'add-source', claimId: 'c3', source })
  await change({ kind: 'add-highlight', highlightId: 'h1', start: 0, end: 7, color: 'blue', note: '' })
  const question = await call(services, 'importFile', { fileName: 'bridge.txt', text: newVersion })
  if (question.status !== 'needs-decision') throw new Error('The new version was not recognised.')
  await call(services, 'resolveImport', { pendingId: question.pendingId, decision: 'update' })
  const ferry = await importNew(services, 'ferry.txt', otherArticle)
  await call(services, 'trashDocument', { documentId: ferry.id })
  const pending = await call(services, 'importFile', { fileName: 'bridge.txt', text: newVersion })
  if (pending.status !== 'needs-decision') throw new Error('The pending import was not held.')
  const document = await call(services, 'openDocument', { documentId: bridge.id })
  const orphanIds = (document.annotations.orphans ?? []).map((orphan) => orphan.id)
  if (!sample || orphanIds.length === 0) throw new Error('The fixture library is incomplete.')
  const versions = await dispatch(services, 'listVersions', { documentId: bridge.id })
  const versionIds = versions.ok ? (versions.value as { versionId: string }[]).map((v) => v.versionId) : []
  return {
    documentIds: [sample.id, bridge.id],
    trashedId: ferry.id,
    claimIds: document.claims.map((claim) => claim.id),
    orphanIds,
    pendingIds: [pending.pendingId],
    highlightIds: document.annotations.highlights.map((highlight) => highlight.id),
    sourceIds: ['s1'],
    versionIds,
    textLength: document.text.length
  }
}

/** Valid-shaped inputs for each method; the record's type makes a missing method a compile error. */
type Generators = Record<MethodName, (fixture: Fixture) => fc.Arbitrary<unknown>>

const none = () => fc.constant({})

function idsFrom(known: string[], ...extra: fc.Arbitrary<string>[]): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 8 }, prototypeKey, ...extra)
}

const statuses = fc.constantFrom('verified', 'disputed', 'needs-source', null)
const colours = fc.oneof(
  { arbitrary: fc.constantFrom(...highlightColors), weight: 3 },
  fc.constantFrom('red', 'url(javascript:alert(1))', '#fff', ''),
  hostileString
)
const webUrl = fc.oneof({ arbitrary: fc.webUrl(), weight: 2 }, scriptUrl)
/** Addresses to import from that never leave this machine: refused schemes, and a closed local port. */
const importUrl = fc.oneof(
  fc.constantFrom(
    'http://127.0.0.1:1/story',
    'https://127.0.0.1:1/story',
    'ftp://127.0.0.1/story.txt',
    'file:///etc/passwd',
    'http://user:secret@127.0.0.1:1/',
    'not an address'
  ),
  scriptUrl
)
const downloadId = fc.oneof(
  {
    arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 16, maxLength: 32 }),
    weight: 3
  },
  fc.string()
)

function offsets(fixture: Fixture): fc.Arbitrary<number> {
  const length = fixture.textLength
  return fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: length }), weight: 4 },
    fc.constantFrom(length + 1, length + 1000, 2 ** 31),
    hostileNumber
  )
}

function target(fixture: Fixture) {
  return fc.record({
    quote: fc.record({ exact: fc.string(), prefix: fc.string(), suffix: fc.string() }),
    position: fc.record({ start: offsets(fixture), end: offsets(fixture) })
  })
}

function changes(fixture: Fixture): fc.Arbitrary<unknown> {
  const claimId = idsFrom(fixture.claimIds, fc.constantFrom('c9999', 'c0'), hugeString)
  const highlightId = idsFrom(fixture.highlightIds, fc.constantFrom('h-new', 'h2'), fc.string())
  const sourceId = idsFrom(fixture.sourceIds, fc.constantFrom('s-new'), fc.string())
  const orphanId = idsFrom(fixture.orphanIds, fc.constantFrom('o9-1'), fc.string())
  const note = fc.oneof({ arbitrary: fc.string(), weight: 4 }, hugeString)
  const source = fc.record({ id: sourceId, url: webUrl, title: fc.string(), quote: fc.string() })
  const timestamp = fc.oneof(fc.constant('2026-11-25T10:00:00.000Z'), hostileString)
  const review = fc.record({
    claimId,
    target: target(fixture),
    status: statuses,
    note,
    sources: fc.array(source, { maxLength: 3 }),
    tags: fc.array(fc.string(), { maxLength: 3 }),
    history: fc.array(fc.record({ at: timestamp, from: statuses, to: statuses }), { maxLength: 2 }),
    updatedAt: timestamp
  })
  const highlight = fc.record({
    id: highlightId,
    target: target(fixture),
    color: colours,
    note,
    createdAt: timestamp
  })
  return fc.oneof(
    fc.record({ kind: fc.constant('set-status'), claimId, status: statuses }),
    fc.record({ kind: fc.constant('set-note'), claimId, note }),
    fc.record({ kind: fc.constant('add-source'), claimId, source }),
    fc.record({ kind: fc.constant('remove-source'), claimId, sourceId }),
    fc.record({
      kind: fc.constant('set-tags'),
      claimId,
      tags: fc.array(fc.oneof(fc.string(), prototypeKey), { maxLength: 60 })
    }),
    fc.record({
      kind: fc.constant('add-highlight'),
      highlightId,
      start: offsets(fixture),
      end: offsets(fixture),
      color: colours,
      note
    }),
    fc.record(
      { kind: fc.constant('edit-highlight'), highlightId, color: colours, note },
      { requiredKeys: ['kind', 'highlightId'] }
    ),
    fc.record({ kind: fc.constant('remove-highlight'), highlightId }),
    fc.record({ kind: fc.constant('restore-claim'), claimId, review: fc.option(review) }),
    fc.record({ kind: fc.constant('restore-highlight'), highlightId, highlight: fc.option(highlight) }),
    fc.record({
      kind: fc.constant('reattach-orphan'),
      orphanId,
      place: fc.oneof(fc.record({ claimId }), fc.record({ start: offsets(fixture), end: offsets(fixture) }))
    }),
    fc.record({ kind: fc.constant('remove-orphan'), orphanId }),
    fc.record({
      kind: fc.constant('restore-all'),
      changes: fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant('restore-claim'), claimId, review: fc.option(review) }),
          fc.record({ kind: fc.constant('restore-orphan'), orphanId, orphan: fc.constant(null) })
        ),
        { maxLength: 3 }
      )
    })
  )
}

function documentId(fixture: Fixture): fc.Arbitrary<string> {
  return idsFrom([...fixture.documentIds, fixture.trashedId], fc.constantFrom('no-such-document', 'a'))
}

const fileText = fc.oneof(
  { arbitrary: fc.string(), weight: 4 },
  fc.constantFrom(
    article,
    newVersion,
    '<!doctype html><title>x</title><script>alert(1)</script><article><p>Hi. Bye.</p></article>',
    '# Heading only',
    // ClaimReview feeds: usable, cut short, and with only a script link.
    feed('https://checks.example.org/bridge'),
    feed('https://checks.example.org/bridge').slice(0, 80),
    feed('javascript:alert(1)')
  ),
  // Large but within the import limit: a megabyte here would only measure the importers' speed.
  fc.constant(`Big\n\n${'Words and more words. '.repeat(3000)}`)
)
function feed(url: string): string {
  return JSON.stringify([
    {
      '@type': 'ClaimReview',
      url,
      claimReviewed: 'The bridge carries 160,000 vehicles a day.',
      author: { name: 'Checks' },
      reviewRating: { alternateName: 'True' }
    }
  ])
}
const fileName = fc.oneof(
  { arbitrary: fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.pdf', 'a.exe'), weight: 3 },
  fc.string(),
  prototypeKey
)

/** A backup of a small document, whole or cut short, among names that are and are not backups. */
const backupDocument = buildArticle({
  title: 'Night Buses',
  source: 'https://news.example.org/night-buses',
  blocks: [{ type: 'paragraph', text: 'Night buses run every 20 minutes. Fares rose by 5%.' }]
})
const wholeBackup = exportBackup(
  {
    schemaVersion: SCHEMA_VERSION,
    id: 'night-buses-1a2b3c4d',
    addedAt: '2026-03-01T08:00:00.000Z',
    ...backupDocument,
    annotations: emptyAnnotations()
  },
  { exportedAt: '2026-03-02T08:00:00.000Z', generator: 'Claimcheck property test' }
)
const backupText = fc.oneof(
  { arbitrary: fc.constant(wholeBackup), weight: 2 },
  fc.nat({ max: wholeBackup.length }).map((length) => wholeBackup.slice(0, length)),
  fc.string()
)
const backupFileName = fc.oneof(fc.constantFrom('night.claimcheck.json', 'a.json', 'a.txt'), fc.string())

const allClaimsFilter = fc.record({
  status: fc.constantFrom('any', 'unreviewed', 'verified', 'disputed', 'needs-source', 'wrong'),
  tag: fc.oneof(fc.constant(null), fc.string(), hugeString),
  kind: fc.constantFrom('any', 'numeric', 'quote', 'made-up'),
  checkWorthy: fc.boolean(),
  hasNote: fc.oneof(fc.boolean(), fc.constant('yes'))
})

const generators: Generators = {
  getStartup: none,
  listDocuments: none,
  getReadingSettings: none,
  listTrash: none,
  emptyTrash: none,
  importFromDialog: none,
  getImportProgress: none,
  openDocument: (fixture) => fc.record({ documentId: documentId(fixture) }),
  applyChange: (fixture) => fc.record({ documentId: documentId(fixture), change: changes(fixture) }),
  importFile: () => fc.record({ fileName, text: fileText }),
  importFromWeb: () => fc.record({ url: importUrl, downloadId }),
  webImportProgress: () => fc.record({ downloadId }),
  cancelWebImport: () => fc.record({ downloadId }),
  exportDocument: (fixture) =>
    fc.record({ documentId: documentId(fixture), format: fc.oneof(fc.constant('markdown'), fc.string()) }),
  saveExport: (fixture) =>
    fc.record({ documentId: documentId(fixture), format: fc.oneof(fc.constant('markdown'), fc.string()) }),
  openExternal: () => fc.record({ url: webUrl }),
  saveReadingSettings: () =>
    fc.record({
      settings: fc.record({
        theme: fc.constantFrom('system', 'light', 'dark', 'neon'),
        fontSize: fc.oneof(fc.integer({ min: 10, max: 32 }), hostileNumber),
        measure: fc.constantFrom('narrow', 'medium', 'wide', 'huge')
      })
    }),
  resolveImport: (fixture) =>
    fc.record({
      pendingId: idsFrom(
        fixture.pendingIds,
        fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 24, maxLength: 24 })
      ),
      decision: fc.constantFrom('update', 'new', 'cancel', 'later')
    }),
  renameDocument: (fixture) =>
    fc.record({
      documentId: documentId(fixture),
      title: fc.oneof({ arbitrary: fc.string(), weight: 3 }, fc.constantFrom('   ', '\n'), hugeString)
    }),
  trashDocument: (fixture) => fc.record({ documentId: documentId(fixture) }),
  restoreDocument: (fixture) => fc.record({ documentId: documentId(fixture) }),
  getReadingPlace: (fixture) => fc.record({ documentId: documentId(fixture) }),
  saveReadingPlace: (fixture) =>
    fc.record({
      documentId: documentId(fixture),
      place: fc.record({
        claimId: fc.oneof(idsFrom(fixture.claimIds, hugeString), fc.constant(null)),
        scrollFraction: fc.oneof(
          { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 3 },
          hostileNumber
        )
      })
    }),
  listVersions: (fixture) => fc.record({ documentId: documentId(fixture) }),
  restoreVersion: (fixture) =>
    fc.record({
      documentId: documentId(fixture),
      versionId: idsFrom(
        [...fixture.versionIds, '0'],
        fc.stringMatching(/^\d{1,15}(?:-\d{1,3})?$/),
        fc.constantFrom('1-1000', '../1', '1e3')
      )
    }),
  getReviewer: none,
  saveReviewer: () =>
    fc.record({
      reviewer: fc.record({
        name: fc.oneof(fc.string(), hugeString),
        organisation: fc.oneof(fc.string(), hostileString)
      })
    }),
  importBackup: () => fc.record({ fileName: backupFileName, text: backupText }),
  resolveBackupImport: () =>
    fc.record({
      pendingId: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 24, maxLength: 24 }),
      decision: fc.constantFrom('replace', 'keep-both', 'cancel', 'update')
    }),
  chooseExportFolder: none,
  saveToExportFolder: (fixture) =>
    fc.record({
      folderId: fc.oneof(
        fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 24, maxLength: 24 }),
        fc.string()
      ),
      documentId: documentId(fixture),
      format: fc.oneof(fc.constantFrom('markdown', 'csv', 'backup'), fc.string())
    }),
  importAnnotations: (fixture) =>
    fc.record(
      {
        fileName: fc.constantFrom('annotations.jsonld', 'hypothesis.json'),
        text: fc.oneof(
          fc.string(),
          hostileString,
          fc
            .record({
              uri: fc.oneof(fc.webUrl(), fc.string()),
              text: fc.string(),
              tags: fc.array(fc.string()),
              target: fc.array(
                fc.record({
                  selector: fc.array(
                    fc.record({
                      type: fc.constant('TextQuoteSelector'),
                      exact: fc.string(),
                      prefix: fc.string()
                    })
                  )
                })
              )
            })
            .map((annotation) => JSON.stringify([annotation]))
        ),
        documentId: documentId(fixture)
      },
      { requiredKeys: ['fileName', 'text'] }
    ),
  matchClaims: (fixture) => fc.record({ documentId: documentId(fixture) }),
  listFactChecks: none,
  removeFactCheck: () =>
    fc.record({
      factCheckId: fc.oneof(fc.constantFrom('f-0123456789abcdef', 'f-', '__proto__'), fc.string())
    }),
  listAllClaims: none,
  exportAllClaims: () =>
    fc.record({ filter: allClaimsFilter, format: fc.constantFrom('markdown', 'csv', 'backup') }),
  saveAllClaimsExport: () =>
    fc.record({ filter: allClaimsFilter, format: fc.constantFrom('markdown', 'csv') }),
  searchLibrary: () => fc.record({ query: fc.oneof(fc.string(), hostileString, hugeString) })
}

function inputsFor(method: MethodName, fixture: Fixture): fc.Arbitrary<unknown> {
  const valid = generators[method](fixture)
  return fc.oneof(
    { arbitrary: valid, weight: 4 },
    { arbitrary: mutated(valid), weight: 4 },
    { arbitrary: hostileValue, weight: 2 }
  )
}

/** Enough of an input to recognise it in a failure message, never a megabyte of it. */
function summarise(value: unknown): string {
  const seen = (_key: string, item: unknown) =>
    typeof item === 'string' && item.length > 80
      ? `${item.slice(0, 40)}…(${item.length} chars)`
      : typeof item === 'number' && !Number.isFinite(item)
        ? String(item)
        : typeof item === 'bigint'
          ? `${item}n`
          : item
  try {
    return JSON.stringify(value, seen) ?? String(value)
  } catch {
    return String(value)
  }
}

interface Tally {
  runs: number
  ok: number
  refused: Record<string, number>
}

const tallies = new Map<MethodName, Tally>()

afterAll(() => {
  const methods = Object.fromEntries(tallies)
  const runs = [...tallies.values()].reduce((sum, tally) => sum + tally.runs, 0)
  const internal = [...tallies.values()].reduce((sum, tally) => sum + (tally.refused['internal'] ?? 0), 0)
  console.log(JSON.stringify({ property: 'contract', seed, runsPerMethod, runs, internal, methods }, null, 1))
})

describe('the API contract under random and hostile input', () => {
  it('has an input generator for every contract method', () => {
    const missing = methodNames.filter((method) => typeof generators[method] !== 'function')
    expect(missing, 'contract methods without a generator').toEqual([])
  })

  describe.each(methodNames)('%s', (method) => {
    let dataDir = ''

    it(
      'never answers internal, and a refused input changes no file in the data folder',
      { timeout: 30_000 + runsPerMethod * 60 },
      async () => {
        dataDir = await suiteTempFolder()
        const booted = await boot({
          dataDir,
          resourcesDir,
          platform: cancellingPlatform,
          version: 'property-test',
          articleBuilder: inProcessArticleBuilder,
          // A mutated address may name a real host: it gets a second, not thirty.
          webFetchLimits: { timeoutMs: 1000 }
        })
        const tally: Tally = { runs: 0, ok: 0, refused: {} }
        tallies.set(method, tally)
        try {
          const fixture = await prepareLibrary(booted.services)
          const property = fc.asyncProperty(inputsFor(method, fixture), async (input) => {
            // An earlier accepted change may still be writing the library index in the background.
            await booted.store.flush()
            const before = await snapshotFolder(dataDir)
            let thrown: unknown = null
            const answer = await dispatch(booted.services, method, input, (error) => (thrown = error))
            tally.runs++
            if (answer.ok) {
              tally.ok++
              return
            }
            tally.refused[answer.error.code] = (tally.refused[answer.error.code] ?? 0) + 1
            if (answer.error.code === 'internal') {
              throw new Error(`answered internal; the service threw: ${String(thrown)}`)
            }
            await booted.store.flush()
            const differences = folderDifferences(before, await snapshotFolder(dataDir))
            if (differences.length > 0) {
              throw new Error(`refused (${answer.error.code}) but wrote: ${differences.join(', ')}`)
            }
          })
          const details = await fc.check(property, { numRuns: runsPerMethod, seed, endOnFailure: true })
          const failure = details.failed
            ? [
                `${method}: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`,
                `input: ${summarise(details.counterexample?.[0])}`,
                `after ${details.numRuns} runs; replay with CLAIMCHECK_PROPERTY_SEED=${details.seed}`
              ].join('\n')
            : ''
          expect(failure).toBe('')
        } finally {
          // As the hosts do on quit: the index waiting in the background reaches the disk first.
          await booted.store.flush()
          await booted.release()
        }
      }
    )

    it('leaves a folder that a fresh start reads whole: no notices, every listed document opens', async () => {
      expect(dataDir, 'the property run created the folder').not.toBe('')
      const booted = await boot({
        dataDir,
        resourcesDir,
        platform: cancellingPlatform,
        version: 'property-test',
        articleBuilder: inProcessArticleBuilder
      })
      try {
        const startup = await dispatch(booted.services, 'getStartup', {})
        const listed = await dispatch(booted.services, 'listDocuments', {})
        const ids = listed.ok ? (listed.value as { id: string }[]).map((entry) => entry.id) : []
        const opened = await Promise.all(
          ids.map(async (documentId) => {
            const answer = await dispatch(booted.services, 'openDocument', { documentId })
            return answer.ok ? 'ok' : `${documentId}: ${answer.error.code} ${answer.error.message}`
          })
        )
        expect({
          notices: startup.ok ? (startup.value as { notices: unknown[] }).notices : startup.error,
          unopened: opened.filter((outcome) => outcome !== 'ok')
        }).toEqual({ notices: [], unopened: [] })
      } finally {
        await booted.release()
      }
    })
  })
})
