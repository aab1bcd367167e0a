/**
 * Import benchmark: the largest accepted files (up to 50 MB) in each format, through the same
 * `importFile` service the app calls, on a real store in a temp folder. Two baselines in the same
 * run: plain text, which the Markdown and HTML importers are compared against, and Intl.Segmenter
 * alone on the plain text's paragraphs, which a plain-text import is compared against (an import
 * should cost little more than finding the sentences).
 *
 * Each import runs in a process of its own, so peakRssMB (the process's highest resident memory,
 * worker included) is that import's and no earlier one's. By default the article is built
 * in-process after a warm-up import of the same format down the same path (for HTML, a page just
 * over 1 MB), so the figure is the importer's own work and not the loading of its modules;
 * `--worker` builds it on a fresh import worker thread as
 * the hosts do (here run from source under tsx, which adds its compile time to every import).
 * `ms` is wall-clock time; `cpuMs` is the process's CPU time, which a busy machine disturbs less, and
 * the ratios are taken from it. Prints JSON.
 * Run: npx tsx bench/import.ts [--worker] [megabytes…]   (default: 5 50)
 */
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServices, LARGE_PAGE_CHARACTERS, LibraryStore } from '../src/main/core'
import { longArticle, type LongArticleFormat } from '../test/support/long-article'
import { tsxWorkerArticleBuilder } from '../test/support/tsx-import-worker'
import { inProcessArticleBuilder } from '../test/support/in-process-article-builder'

const formats: LongArticleFormat[] = ['txt', 'md', 'html']
const WARM_UP_BYTES = 64 * 1024

interface ImportResult {
  format: LongArticleFormat
  megabytes: number
  ms: number
  cpuMs: number
  mbPerSecond: number
  claims: number | null
  rssMB: number
  peakRssMB: number
}

const megabytesOf = (text: string): number => Buffer.byteLength(text) / 1024 / 1024
const round = (value: number, digits = 1): number => Number(value.toFixed(digits))

function cpuMsSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}

async function importOnce(
  megabytes: number,
  format: LongArticleFormat,
  onWorker: boolean
): Promise<ImportResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'claimcheck-import-bench-'))
  try {
    const store = await LibraryStore.open(dataDir)
    const articleBuilder = onWorker ? tsxWorkerArticleBuilder() : inProcessArticleBuilder
    const services = createServices({
      store,
      platform: { kind: 'browser' },
      version: 'bench',
      articleBuilder
    })
    // Built, not stored: a stored copy would make the import below ask whether it is a new version.
    if (!onWorker) {
      // An HTML page over 1 MB takes its own path (and a small one loads jsdom, which it never
      // needs): the warm-up takes the path the measured import takes.
      const warmUpBytes = format === 'html' ? LARGE_PAGE_CHARACTERS + WARM_UP_BYTES : WARM_UP_BYTES
      await articleBuilder.build({
        fileName: `warm-up.${format}`,
        text: await longArticle(warmUpBytes, format)
      })
    }
    const text = await longArticle(megabytes * 1024 * 1024, format)
    const cpu = process.cpuUsage()
    const started = performance.now()
    const outcome = await services.importFile({ fileName: `inquiry.${format}`, text })
    const ms = performance.now() - started
    const cpuMs = cpuMsSince(cpu)
    return {
      format,
      megabytes: round(megabytesOf(text)),
      ms: Math.round(ms),
      cpuMs: Math.round(cpuMs),
      mbPerSecond: round(megabytesOf(text) / (cpuMs / 1000)),
      claims: outcome.status === 'imported' ? outcome.entry.claimCount : null,
      rssMB: Math.round(process.memoryUsage().rss / 1024 / 1024),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024)
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

/** Intl.Segmenter alone over the plain-text file's paragraphs: MB per CPU second, best of three. */
async function intlSegmenterRate(megabytes: number): Promise<number> {
  const text = await longArticle(megabytes * 1024 * 1024, 'txt')
  const paragraphs = text.split(/\n\s*\n/)
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
  let best = Infinity
  for (let round = 0; round < 3; round++) {
    const cpu = process.cpuUsage()
    let count = 0
    for (const paragraph of paragraphs) {
      for (const { segment } of segmenter.segment(paragraph)) if (segment.trim() !== '') count++
    }
    if (count === 0) throw new Error('no sentences found')
    best = Math.min(best, cpuMsSince(cpu))
  }
  return round(megabytesOf(text) / (best / 1000))
}

/** One import in a child process of its own (this file, with `--one`). */
function importInChild(megabytes: number, format: LongArticleFormat, onWorker: boolean): ImportResult {
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--one', format, String(megabytes)]
  const child = spawnSync(process.execPath, onWorker ? [...args, '--worker'] : args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1024 * 1024
  })
  if (child.status !== 0)
    throw new Error(`${format} ${megabytes} MB: exited with ${child.status ?? child.signal}`)
  return JSON.parse(child.stdout) as ImportResult
}

async function main(args: string[]): Promise<void> {
  const onWorker = args.includes('--worker')
  const one = args.indexOf('--one')
  if (one >= 0) {
    const format = args[one + 1] as LongArticleFormat
    console.log(JSON.stringify(await importOnce(Number(args[one + 2]), format, onWorker)))
    return
  }
  const requested = args.map(Number).filter((value) => value > 0)
  const sizes = requested.length ? requested : [5, 50]
  const intlSegmenter = { megabytes: sizes[0], mbPerSecond: await intlSegmenterRate(sizes[0]!) }
  const results: ImportResult[] = []
  const ratios: object[] = []
  for (const megabytes of sizes) {
    const [txt, md, html] = formats.map((format) => importInChild(megabytes, format, onWorker)) as [
      ImportResult,
      ImportResult,
      ImportResult
    ]
    results.push(txt, md, html)
    ratios.push({
      megabytes,
      markdownVsText: round(md.cpuMs / txt.cpuMs, 2),
      htmlVsText: round(html.cpuMs / txt.cpuMs, 2),
      markdownPeakVsText: round(md.peakRssMB / txt.peakRssMB, 2),
      htmlPeakVsText: round(html.peakRssMB / txt.peakRssMB, 2),
      ...(megabytes === intlSegmenter.megabytes
        ? { textVsIntlSegmenter: round(txt.mbPerSecond / intlSegmenter.mbPerSecond, 2) }
        : {})
    })
  }
  console.log(
    JSON.stringify(
      { benchmark: 'import', baseline: 'txt', onWorker, intlSegmenter, results, ratios },
      null,
      2
    )
  )
}

await main(process.argv.slice(2))
