/**
 * Browser-host memory under a burst of large request bodies: 12 clients each POST a 60 MB body
 * at once, to the host with its body budget and to the same host with no budget (the baseline, as
 * the host was before the budget), in the same run. The bodies stream from a 1 MB chunk, so the
 * clients themselves hold almost nothing. Prints JSON: peak RSS above the idle level for each.
 *   Run: npx tsx bench/web-bodies.ts [clients] [megabytes]
 */
import { request } from 'node:http'
import { createServices, LibraryStore } from '../src/main/core'
import { startWebHost } from '../src/main/web/web-host'
import { TOKEN_HEADER } from '../src/shared/wire'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inProcessArticleBuilder } from '../test/support/in-process-article-builder'

const clients = Number(process.argv[2] ?? 12)
const megabytes = Number(process.argv[3] ?? 60)
const chunk = Buffer.alloc(1024 * 1024, 'a')
const MB = 1024 * 1024

/** POSTs `{"pad":"aaaa…"}` of `megabytes`, honouring back-pressure; resolves with the status. */
function post(url: URL, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const head = Buffer.from('{"pad":"')
    const tail = Buffer.from('"}')
    const length = head.length + megabytes * MB + tail.length
    const req = request(
      url,
      { method: 'POST', headers: { [TOKEN_HEADER]: token, 'content-length': String(length) } },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      }
    )
    req.on('error', reject)
    req.write(head)
    let sent = 0
    const pump = (): void => {
      while (sent < megabytes) {
        sent++
        if (!req.write(chunk)) return void req.once('drain', pump)
      }
      req.end(tail)
    }
    pump()
  })
}

async function measure(
  bodyBudgetBytes: number | undefined
): Promise<{ peakAboveIdleMB: number; seconds: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'claimcheck-bench-'))
  const store = await LibraryStore.open(dataDir)
  const services = createServices({
    store,
    platform: { kind: 'browser' },
    version: 'bench',
    articleBuilder: inProcessArticleBuilder
  })
  const host = await startWebHost({
    services,
    rendererDir: dataDir,
    ...(bodyBudgetBytes === undefined ? {} : { bodyBudgetBytes })
  })
  global.gc?.()
  const idle = process.memoryUsage().rss
  let peak = idle
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 5)
  const started = performance.now()
  const url = new URL('/api/listDocuments', host.url)
  const statuses = await Promise.all(Array.from({ length: clients }, () => post(url, host.token)))
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  await host.close()
  await rm(dataDir, { recursive: true, force: true })
  if (statuses.some((status) => status !== 200))
    throw new Error(`Unexpected statuses: ${statuses.join(', ')}`)
  return { peakAboveIdleMB: Math.round((peak - idle) / MB), seconds: Number(seconds.toFixed(2)) }
}

const budgeted = await measure(undefined)
global.gc?.()
const unbounded = await measure(Number.POSITIVE_INFINITY)
console.log(
  JSON.stringify(
    {
      benchmark: 'web-host-large-bodies',
      clients,
      megabytesEach: megabytes,
      budgeted,
      baselineUnbounded: unbounded,
      memoryRatio: Number((budgeted.peakAboveIdleMB / Math.max(1, unbounded.peakAboveIdleMB)).toFixed(2))
    },
    null,
    2
  )
)
