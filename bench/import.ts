/**
 * Import benchmark: the largest accepted files (up to 50 MB) in each format, through the same
 * `importFile` service the app calls, on a real store in a temp folder. Plain text is the baseline
 * the Markdown and HTML importers are compared against in the same run. By default the article is
 * built in-process (the importers' own cost); `--worker` builds it on the import worker thread as
 * the hosts do (here run from source under tsx, which adds its compile time to every import).
 * rssMB is the process (main + worker) after the import, peakRssMB the highest so far. Prints JSON.
 * Run: npx tsx bench/import.ts [--worker] [megabytes…]   (default: 5 50)
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createServices } from '../src/main/services/create-services'
import { LibraryStore } from '../src/main/store/library-store'
import { longArticle } from '../src/main/test-support/long-article'
import { tsxWorkerArticleBuilder } from '../src/main/test-support/tsx-import-worker'

const onWorker = process.argv.includes('--worker')

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((value) => value > 0)
const megabytesOf = (text: string): number => Buffer.byteLength(text) / 1024 / 1024

async function importOnce(megabytes: number, format: 'txt' | 'md' | 'html'): Promise<object> {
  const dataDir = await mkdtemp(join(tmpdir(), 'claimcheck-import-bench-'))
  try {
    const store = await LibraryStore.open(dataDir)
    const articleBuilder = tsxWorkerArticleBuilder()
    const services = createServices({
      store,
      platform: { kind: 'browser' },
      version: 'bench',
      articleBuilder
    })
    const text = await longArticle(megabytes * 1024 * 1024, format)
    const started = performance.now()
    const outcome = await services.importFile({ fileName: `inquiry.${format}`, text })
    const ms = performance.now() - started
    return {
      format,
      megabytes: Number(megabytesOf(text).toFixed(1)),
      ms: Math.round(ms),
      mbPerSecond: Number((megabytesOf(text) / (ms / 1000)).toFixed(1)),
      claims: outcome.status === 'imported' ? outcome.entry.claimCount : null,
      rssMB: Math.round(process.memoryUsage().rss / 1024 / 1024),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024)
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

const results = []
for (const megabytes of sizes.length ? sizes : [5, 50]) {
  for (const format of ['txt', 'md', 'html'] as const) results.push(await importOnce(megabytes, format))
}
console.log(JSON.stringify({ benchmark: 'import', baseline: 'txt', onWorker, results }, null, 2))
