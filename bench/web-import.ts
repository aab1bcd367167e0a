/**
 * Web import benchmark: a large HTML page (default 5 MB) served by a local HTTP server, imported
 * through the `importFromWeb` service the app calls (fetch, charset, Readability or the large-page
 * path, DOMPurify, segmentation, store), against the same-run baseline of importing the same page
 * as a file (`importFile`), and the download alone (`fetchPage`). Each import goes to a fresh data
 * folder, after one warm-up import so module loading is not counted. Median of `--runs` (default 3).
 * `ms` is wall-clock time, `cpuMs` this process's CPU time (the server runs in it too). Prints JSON.
 * Run: npx tsx bench/web-import.ts [megabytes] [--runs N]
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ImportOutcome, Services } from '../src/shared/contract'
import { createServices, fetchPage, LibraryStore } from '../src/main/core'
import { longArticle } from '../test/support/long-article'
import { inProcessArticleBuilder } from '../test/support/in-process-article-builder'

const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3
const megabytes = Number(args.find((arg, index) => /^\d+(\.\d+)?$/.test(arg) && index !== runsAt + 1) ?? 5)

interface Timing {
  ms: number
  cpuMs: number
}

const round = (value: number, digits = 1): number => Number(value.toFixed(digits))
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function timed(work: () => Promise<unknown>): Promise<Timing> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  await work()
  const used = process.cpuUsage(cpu)
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 }
}

/** Fresh services on a fresh data folder, so no import is asked whether it is a new version. */
async function withServices<T>(use: (services: Services) => Promise<T>): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), 'claimcheck-web-bench-'))
  try {
    const store = await LibraryStore.open(dataDir)
    return await use(
      createServices({
        store,
        platform: { kind: 'browser' },
        version: 'bench',
        articleBuilder: inProcessArticleBuilder
      })
    )
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

function claimsOf(outcome: ImportOutcome): number {
  if (outcome.status !== 'imported') throw new Error(`Expected a new document, got ${outcome.status}.`)
  return outcome.entry.claimCount
}

async function main(): Promise<void> {
  const page = await longArticle(megabytes * 1024 * 1024, 'html')
  const body = Buffer.from(page)
  const warmUp = Buffer.from(await longArticle(64 * 1024, 'html'))
  const server = createServer((request, response) => {
    const sent = request.url === '/warm-up' ? warmUp : body
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': sent.length })
    response.end(sent)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  let ids = 0
  const downloadId = (): string => (++ids).toString(16).padStart(16, '0')
  try {
    await withServices(async (services) => {
      await services.importFromWeb({ url: `${base}/warm-up`, downloadId: downloadId() })
      await services.importFile({ fileName: 'warm-up.html', text: warmUp.toString() })
    })
    const web: Timing[] = []
    const file: Timing[] = []
    const download: Timing[] = []
    const claims = { web: 0, file: 0 }
    for (let run = 0; run < runs; run++) {
      download.push(await timed(() => fetchPage(`${base}/inquiry`)))
      await withServices(async (services) => {
        web.push(
          await timed(async () => {
            claims.web = claimsOf(
              await services.importFromWeb({ url: `${base}/inquiry`, downloadId: downloadId() })
            )
          })
        )
      })
      await withServices(async (services) => {
        file.push(
          await timed(async () => {
            claims.file = claimsOf(await services.importFile({ fileName: 'inquiry.html', text: page }))
          })
        )
      })
    }
    const summary = (timings: Timing[]) => ({
      ms: round(median(timings.map((timing) => timing.ms))),
      cpuMs: round(median(timings.map((timing) => timing.cpuMs)))
    })
    const webSummary = summary(web)
    const fileSummary = summary(file)
    console.log(
      JSON.stringify(
        {
          megabytes: round(body.length / 1024 / 1024, 2),
          runs,
          claims,
          importFromWeb: webSummary,
          importFileBaseline: fileSummary,
          downloadOnly: summary(download),
          webOverFile: {
            ms: round(webSummary.ms / fileSummary.ms, 2),
            cpuMs: round(webSummary.cpuMs / fileSummary.cpuMs, 2)
          }
        },
        null,
        2
      )
    )
  } finally {
    server.closeAllConnections()
    server.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
