/**
 * The crash test (issue 8): a real browser host process (`crash-host.ts`) takes many concurrent
 * writes over HTTP and is killed with SIGKILL while they run, then restarted on the same folder,
 * round after round. What it checks after each kill and each restart:
 *
 * - every `.json` file in the data folder parses, and every article file (`articles/*.article`: a
 *   JSON header line, then the text) holds its header and all its text (right after the kill, and
 *   after the restart);
 * - every acknowledged change is on disk. Each claim, title, reading place and trash state is
 *   changed by one sequential chain of calls, so at most one call per chain is in flight when the
 *   host dies: the value on disk must be the last acknowledged one or one sent after it;
 * - no temp file (`*.tmp`) is left once the host has started again;
 * - the library index matches the documents (titles, claim counts, per-status counts, and every
 *   document file listed exactly once, in the library or the trash);
 * - every answer the host gave before it died was ok.
 *
 * After every other round, the folder is put back in the layout Claimcheck wrote before a
 * document was split into a review and an article (one whole file per document, library version 2)
 * before the restart, so the next round's first changes split the documents while the host is
 * killed: a kill during the migration must lose nothing either.
 *
 * Used by `crash-rounds.test.ts` (a few rounds) and `bench/crash.ts` (many).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { request } from 'node:http'
import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { countStatuses } from '../../src/shared/annotations/counts'
import type { LibraryIndex, StoredDocument } from '../../src/shared/model'
import type { Result } from '../../src/shared/result'
import { filesUnder, readJsonFile, tempFilesUnder } from './data-folder'
import { longArticle } from './long-article'
import { seededRandom } from '../../src/shared/seeded-random'

const appRoot = fileURLToPath(new URL('../../', import.meta.url))
const hostEntry = fileURLToPath(new URL('./crash-host.ts', import.meta.url))
const TOKEN_HEADER = 'x-claimcheck-token'
const statuses = ['verified', 'disputed', 'needs-source'] as const

export interface CrashOptions {
  dataDir: string
  rounds: number
  seed: number
  /** Claims changed concurrently in each of the two reviewed documents. */
  claimsPerDocument?: number
  /** The host is killed after a random number of answers: up to `earlyKill` in half the rounds, */
  earlyKill?: number
  /** and from `earlyKill` up to `lateKill` in the others. */
  lateKill?: number
}

export interface CrashReport {
  rounds: number
  seed: number
  /** Write calls the host answered ok before it was killed. */
  acknowledged: number
  /** Acknowledged values looked for on disk, summed over the checks after each restart. */
  checked: number
  /** Acknowledged changes not on disk, each as `round N: what`. */
  lost: string[]
  unparseable: string[]
  tempFilesAfterStart: string[]
  indexMismatches: string[]
  /** Answers other than ok from the host before it was killed. */
  refusals: string[]
  restartMs: number[]
  /** Rounds started on a folder put back in the layout from before the split. */
  migrationRounds: number
  /** Kills that landed inside a split: an article written, its review still the whole old file. */
  killsMidSplit: number
}

export interface RunningHost {
  child: ChildProcess
  origin: string
  token: string
  exited: Promise<void>
  stderr: () => string
}

/** Starts the host and resolves once it prints its address; rejects with its stderr if it exits. */
export function startHost(dataDir: string): Promise<RunningHost> {
  const child = spawn(process.execPath, ['--import', 'tsx', hostEntry], {
    cwd: appRoot,
    env: { ...process.env, CLAIMCHECK_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', (line) => {
      try {
        const { url, token } = JSON.parse(line) as { url: string; token: string }
        resolve({ child, origin: new URL(url).origin, token, exited, stderr: () => stderr })
      } catch {
        reject(new Error(`The crash host printed "${line}" instead of its address.`))
      }
    })
    void exited.then(() =>
      reject(new Error(`The crash host exited before it started (code ${child.exitCode}): ${stderr}`))
    )
  })
}

/**
 * One call on a connection of its own. fetch keeps connections alive, and a kept connection the
 * host closes as idle just when the next call goes out is reset: a race of the test's transport,
 * not of the host.
 */
function call(host: RunningHost, method: string, input: unknown): Promise<Result<unknown>> {
  const body = JSON.stringify(input)
  return new Promise((resolve, reject) => {
    const sent = request(
      `${host.origin}/api/${method}`,
      {
        method: 'POST',
        agent: false,
        headers: {
          [TOKEN_HEADER]: host.token,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body)
        }
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Result<unknown>)
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)))
          }
        })
      }
    )
    sent.on('error', reject)
    sent.end(body)
  })
}

export async function callOk<T>(host: RunningHost, method: string, input: unknown): Promise<T> {
  let answer: Result<unknown>
  try {
    answer = await call(host, method, input)
  } catch (error) {
    // The host is not meant to die here: say what it printed, so a failure can be read.
    const state = host.child.exitCode ?? host.child.signalCode ?? 'running'
    throw new Error(
      `${method} got no answer (${(error as Error).message}; host ${state}). The host printed: ${host.stderr() || '(nothing)'}`,
      { cause: error }
    )
  }
  if (!answer.ok) throw new Error(`${method} failed while preparing the crash test: ${answer.error.message}`)
  return answer.value as T
}

/** What may be on disk for one value: the last acknowledged one, or one sent after it. */
class Expected<T> {
  acked: T | undefined
  unacked: T[] = []
  constructor(readonly initial: T) {}
  acknowledge(value: T): void {
    this.acked = value
    this.unacked = []
  }
  allows(value: T): boolean {
    return [this.acked ?? this.initial, ...this.unacked].includes(value)
  }
  describe(): string {
    return `acknowledged ${JSON.stringify(this.acked)}${this.unacked.length ? `, or unacknowledged ${JSON.stringify(this.unacked)}` : ''}`
  }
}

interface ClaimChain {
  documentId: string
  claimId: string
  counter: number
  note: Expected<string>
  status: Expected<string | null>
}

interface Workload {
  reviewed: string[]
  toggled: string
  claims: ClaimChain[]
  titles: Map<string, { counter: number; title: Expected<string> }>
  place: { documentId: string; counter: number; fraction: Expected<number | null> }
  trashed: Expected<boolean>
}

/** One round's traffic: every chain sends its next change as soon as the previous one is answered. */
async function drive(
  host: RunningHost,
  work: Workload,
  killAfter: number,
  report: CrashReport,
  round: number
): Promise<void> {
  // An unacknowledged trash or restore may have landed: start from where the host says it is.
  // Asked before any chain starts, since a chain's answers may reach the kill at once.
  const trash = await callOk<{ id: string }[]>(host, 'listTrash', {})
  let inTrash = trash.some((entry) => entry.id === work.toggled)
  let answers = 0
  const answered = (): void => {
    answers++
    if (answers === killAfter) host.child.kill('SIGKILL')
  }
  /** Sends until the host dies or refuses; `onOk` records an acknowledged value. */
  const chain = async (next: () => { method: string; input: unknown; onSent: () => () => void }) => {
    for (;;) {
      const { method, input, onSent } = next()
      const onOk = onSent()
      let answer: Result<unknown>
      try {
        answer = await call(host, method, input)
      } catch {
        return // the host died with this call in flight
      }
      answered()
      if (!answer.ok) {
        report.refusals.push(`round ${round}: ${method} ${JSON.stringify(input)} → ${answer.error.code}`)
        return
      }
      report.acknowledged++
      onOk()
    }
  }

  const claimChains = work.claims.map((claim) =>
    chain(() => {
      claim.counter++
      const counter = claim.counter
      const change =
        counter % 2 === 0
          ? { kind: 'set-note', claimId: claim.claimId, note: `n${counter}` }
          : { kind: 'set-status', claimId: claim.claimId, status: statuses[counter % 3] }
      return {
        method: 'applyChange',
        input: { documentId: claim.documentId, change },
        onSent: () => {
          const expected: Expected<string | null> = change.kind === 'set-note' ? claim.note : claim.status
          const value = change.kind === 'set-note' ? `n${counter}` : (statuses[counter % 3] ?? null)
          expected.unacked.push(value)
          return () => expected.acknowledge(value)
        }
      }
    })
  )
  const titleChains = [...work.titles].map(([documentId, state]) =>
    chain(() => {
      state.counter++
      const title = `Reviewed document ${documentId.slice(-4)} #${state.counter}`
      return {
        method: 'renameDocument',
        input: { documentId, title },
        onSent: () => {
          state.title.unacked.push(title)
          return () => state.title.acknowledge(title)
        }
      }
    })
  )
  const placeChain = chain(() => {
    const { place } = work
    place.counter++
    const fraction = (place.counter % 10_000) / 10_000
    return {
      method: 'saveReadingPlace',
      input: { documentId: place.documentId, place: { claimId: 'c1', scrollFraction: fraction } },
      onSent: () => {
        place.fraction.unacked.push(fraction)
        return () => place.fraction.acknowledge(fraction)
      }
    }
  })
  const trashChain = chain(() => {
    const toTrash = !inTrash
    return {
      method: toTrash ? 'trashDocument' : 'restoreDocument',
      input: { documentId: work.toggled },
      onSent: () => {
        work.trashed.unacked.push(toTrash)
        return () => {
          inTrash = toTrash
          work.trashed.acknowledge(toTrash)
        }
      }
    }
  })
  await Promise.all([...claimChains, ...titleChains, placeChain, trashChain])
  // Every chain ends only when the host has died (or refused): make sure it is gone.
  if (host.child.exitCode === null && host.child.signalCode === null) host.child.kill('SIGKILL')
  await host.exited
}

const isDocumentFile = (name: string) => /^[a-z0-9][a-z0-9-]{0,63}\.json$/.test(name)

async function unparseableFiles(dataDir: string): Promise<string[]> {
  const files = await filesUnder(dataDir)
  const bad: string[] = []
  for (const file of files.filter((name) => name.endsWith('.json'))) {
    try {
      JSON.parse(await readFile(join(dataDir, file), 'utf8'))
    } catch (error) {
      bad.push(`${file}: ${(error as Error).message}`)
    }
  }
  for (const file of files.filter((name) => name.endsWith('.article'))) {
    try {
      readArticleFile(await readFile(join(dataDir, file), 'utf8'))
    } catch (error) {
      bad.push(`${file}: ${(error as Error).message}`)
    }
  }
  return bad
}

/**
 * An article file read from outside the store: the header line (claims in delta-coded columns:
 * id number, start after the previous end, length), then the text, all of it.
 */
function readArticleFile(raw: string): Pick<StoredDocument, 'text' | 'claims'> {
  const newline = raw.indexOf('\n')
  if (newline === -1) throw new Error('no header line')
  const header = JSON.parse(raw.slice(0, newline)) as { textLength: number; claims: number[] }
  const text = raw.slice(newline + 1)
  if (text.length !== header.textLength) {
    throw new Error(`a text of ${text.length} characters, not ${header.textLength}`)
  }
  const claims: StoredDocument['claims'] = []
  let number = 0
  let end = 0
  for (let at = 0; at < header.claims.length; at += 3) {
    number += header.claims[at] ?? 0
    const start = end + (header.claims[at + 1] ?? 0)
    end = start + (header.claims[at + 2] ?? 0)
    claims.push({ id: `c${number}`, start, end })
  }
  return { text, claims }
}

/** A document as the disk holds it: a whole file from before the split, or a review and its article. */
async function readDocument(dataDir: string, id: string): Promise<StoredDocument | null> {
  try {
    const review = (await readJsonFile(join(dataDir, 'documents', `${id}.json`))) as StoredDocument & {
      articleKey?: string
    }
    if (review.schemaVersion < 3) return review
    const raw = await readFile(join(dataDir, 'articles', `${id}.${review.articleKey}.article`), 'utf8')
    return { ...review, ...readArticleFile(raw) }
  } catch {
    return null
  }
}

/** How many of the documents have an article written while their review is still a whole old file. */
async function documentsMidSplit(dataDir: string, ids: readonly string[]): Promise<number> {
  const articles = await readdir(join(dataDir, 'articles'))
  let count = 0
  for (const id of ids) {
    const review = (await readJsonFile(join(dataDir, 'documents', `${id}.json`))) as { schemaVersion: number }
    if (review.schemaVersion < 3 && articles.some((name) => name.startsWith(`${id}.`))) count++
  }
  return count
}

/**
 * Puts documents back as Claimcheck wrote them before the split: each a whole file (its text and
 * claims inside it, schemaVersion 2), no article files, and a version 2 library index.
 */
async function backToWholeFiles(dataDir: string, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const document = await readDocument(dataDir, id)
    if (!document) throw new Error(`${id} cannot be read to put it back in the old layout`)
    const { articleKey: _articleKey, ...whole } = document as StoredDocument & { articleKey?: string }
    const blocks = [{ type: 'paragraph', start: 0, end: document.text.length }]
    const content = JSON.stringify({ ...whole, blocks, schemaVersion: 2 })
    await writeFile(join(dataDir, 'documents', `${id}.json`), content)
    for (const name of await readdir(join(dataDir, 'articles'))) {
      if (name.startsWith(`${id}.`)) await rm(join(dataDir, 'articles', name))
    }
  }
  const index = (await readJsonFile(join(dataDir, 'library.json'))) as LibraryIndex
  await writeFile(join(dataDir, 'library.json'), JSON.stringify({ ...index, schemaVersion: 2 }))
}

async function indexMismatches(dataDir: string, index: LibraryIndex): Promise<string[]> {
  const problems: string[] = []
  const entries = [...index.documents, ...(index.trash ?? [])]
  const files = (await readdir(join(dataDir, 'documents'))).filter(isDocumentFile)
  for (const file of files) {
    const id = file.slice(0, -'.json'.length)
    const listed = entries.filter((entry) => entry.id === id).length
    if (listed !== 1) problems.push(`${file} is listed ${listed} times in library.json`)
  }
  for (const entry of entries) {
    const document = await readDocument(dataDir, entry.id)
    if (!document) {
      problems.push(`${entry.id} is listed but its file is missing or unreadable`)
      continue
    }
    if (entry.title !== document.title)
      problems.push(`${entry.id}: index title "${entry.title}", document "${document.title}"`)
    if (entry.claimCount !== document.claims.length)
      problems.push(`${entry.id}: index claimCount ${entry.claimCount}, document ${document.claims.length}`)
    const counts = countStatuses(document, document.annotations)
    if (JSON.stringify(entry.counts) !== JSON.stringify(counts))
      problems.push(
        `${entry.id}: index counts ${JSON.stringify(entry.counts)}, document ${JSON.stringify(counts)}`
      )
  }
  return problems
}

/** Compares the folder with every acknowledged value; returns what was lost. */
async function lostChanges(dataDir: string, index: LibraryIndex, work: Workload, report: CrashReport) {
  const lost: string[] = []
  const check = <T>(what: string, expected: Expected<T>, actual: T) => {
    if (expected.acked === undefined) return
    report.checked++
    if (!expected.allows(actual))
      lost.push(`${what}: on disk ${JSON.stringify(actual)}, ${expected.describe()}`)
  }
  const documents = new Map<string, StoredDocument | null>()
  for (const id of [...work.reviewed, work.toggled]) documents.set(id, await readDocument(dataDir, id))
  for (const claim of work.claims) {
    const review = documents.get(claim.documentId)?.annotations.claims[claim.claimId]
    check(`${claim.documentId} ${claim.claimId} note`, claim.note, review?.note ?? '')
    check(`${claim.documentId} ${claim.claimId} status`, claim.status, review?.status ?? null)
  }
  for (const [id, state] of work.titles) check(`${id} title`, state.title, documents.get(id)?.title ?? '')
  const place = Object.hasOwn(index.places ?? {}, work.place.documentId)
    ? (index.places[work.place.documentId]?.scrollFraction ?? null)
    : null
  check(`${work.place.documentId} reading place`, work.place.fraction, place)
  const inTrash = (index.trash ?? []).some((entry) => entry.id === work.toggled)
  const inLibrary = index.documents.some((entry) => entry.id === work.toggled)
  if (inTrash === inLibrary)
    lost.push(`${work.toggled} is in the library ${inLibrary} and the trash ${inTrash}`)
  check(`${work.toggled} trashed`, work.trashed, inTrash)
  return lost
}

async function prepare(host: RunningHost, claimsPerDocument: number): Promise<Workload> {
  const text = await longArticle(20_000, 'txt')
  const reviewed: string[] = []
  for (const name of ['first', 'second']) {
    const { entry } = await callOk<{ entry: { id: string; claimCount: number } }>(host, 'importFile', {
      fileName: `${name}.txt`,
      text: text.replace('A Long Inquiry Record', `The ${name} inquiry record`)
    })
    if (entry.claimCount < claimsPerDocument) throw new Error(`Only ${entry.claimCount} claims to change.`)
    reviewed.push(entry.id)
  }
  const { entry: toggled } = await callOk<{ entry: { id: string } }>(host, 'importFile', {
    fileName: 'ferry.txt',
    text: 'Ferry Timetable\n\nThe ferry leaves at nine. It returns at noon.'
  })
  return {
    reviewed,
    toggled: toggled.id,
    claims: reviewed.flatMap((documentId) =>
      Array.from({ length: claimsPerDocument }, (_, index) => ({
        documentId,
        claimId: `c${index + 1}`,
        counter: 0,
        note: new Expected<string>(''),
        status: new Expected<string | null>(null)
      }))
    ),
    titles: new Map(reviewed.map((id) => [id, { counter: 0, title: new Expected<string>('') }])),
    place: { documentId: reviewed[0] ?? '', counter: 0, fraction: new Expected<number | null>(null) },
    trashed: new Expected<boolean>(false)
  }
}

export async function runCrashRounds(options: CrashOptions): Promise<CrashReport> {
  const { dataDir, rounds, seed } = options
  const random = seededRandom(seed)
  const minAnswers = options.earlyKill ?? 60
  const maxAnswers = options.lateKill ?? 400
  const report: CrashReport = {
    rounds: 0,
    seed,
    acknowledged: 0,
    checked: 0,
    lost: [],
    unparseable: [],
    tempFilesAfterStart: [],
    indexMismatches: [],
    refusals: [],
    restartMs: [],
    migrationRounds: 0,
    killsMidSplit: 0
  }
  let host = await startHost(dataDir)
  const work = await prepare(host, options.claimsPerDocument ?? 20)
  try {
    for (let round = 1; round <= rounds; round++) {
      // Half the rounds die early, while most calls are still the first touch after the start.
      const [low, high] = random() < 0.5 ? [1, minAnswers] : [minAnswers, maxAnswers]
      const killAfter = low + Math.floor(random() * (high - low + 1))
      await drive(host, work, killAfter, report, round)
      report.rounds = round
      const tag = (problem: string) => `round ${round}: ${problem}`
      report.unparseable.push(
        ...(await unparseableFiles(dataDir)).map((file) => tag(`after the kill, ${file}`))
      )
      report.killsMidSplit += await documentsMidSplit(dataDir, [...work.reviewed, work.toggled])

      // After every other round, the restart meets the old layout and the next round splits it.
      if (round % 2 === 1) {
        await backToWholeFiles(dataDir, [...work.reviewed, work.toggled])
        report.migrationRounds++
      }
      const started = performance.now()
      host = await startHost(dataDir)
      report.restartMs.push(Math.round(performance.now() - started))
      report.tempFilesAfterStart.push(...(await tempFilesUnder(dataDir)).map(tag))
      report.unparseable.push(
        ...(await unparseableFiles(dataDir)).map((file) => tag(`after the restart, ${file}`))
      )
      const index = (await readJsonFile(join(dataDir, 'library.json'))) as LibraryIndex
      report.indexMismatches.push(...(await indexMismatches(dataDir, index)).map(tag))
      report.lost.push(...(await lostChanges(dataDir, index, work, report)).map(tag))
    }
  } finally {
    host.child.kill('SIGTERM')
    await host.exited
  }
  return report
}
