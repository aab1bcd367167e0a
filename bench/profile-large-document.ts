/**
 * Profiles the tag path and a scroll frame of bench/large-document.ts: the same article, opened the
 * same way, with Chromium's CPU profiler and trace on around the tag and around the scroll. Prints
 * the functions with the most self time and the trace's main-thread time by kind, and writes the
 * raw profiles to the folder given (open them in Chromium's DevTools; build with the renderer's
 * `minify` off in electron.vite.config.ts to read function names).
 * Run: npm run build && npx tsx bench/profile-large-document.ts [words] [out-folder]
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium, type CDPSession, type Page } from '@playwright/test'
import { startBrowserHost } from '../e2e/app'
import { chromiumLaunchOptions } from '../e2e/chromium'
import { generatedArticle } from './lib/generated-article'
import { scrollFramesInPage, tagVerifiedInPage } from './lib/reading-view-steps'

const words = Number(process.argv[2] ?? 1_000_000)
const outFolder = process.argv[3] ?? 'profiles'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  hitCount?: number
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

/** Self and total time by function, in ms, from the samples. */
function topFunctions(profile: CpuProfile, limit = 25) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  const label = (node: ProfileNode) => {
    const file = node.callFrame.url.split('/').pop() ?? ''
    return `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}:${node.callFrame.columnNumber + 1}`
  }
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000
    const node = byId.get(id)
    if (!node) return
    self.set(label(node), (self.get(label(node)) ?? 0) + ms)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)!)
      if (seen.has(name)) continue
      seen.add(name)
      total.set(name, (total.get(name) ?? 0) + ms)
    }
  })
  const sorted = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${name}`)
  return { self: sorted(self), total: sorted(total) }
}

async function profiled<T>(session: CDPSession, work: () => Promise<T>) {
  await session.send('Profiler.enable')
  await session.send('Profiler.setSamplingInterval', { interval: 100 })
  await session.send('Profiler.start')
  const result = await work()
  const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile }
  return { result, profile }
}

async function traced<T>(page: Page, file: string, work: () => Promise<T>) {
  const browser = page.context().browser()!
  await browser.startTracing(page, {
    path: file,
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute']
  })
  const result = await work()
  const buffer = await browser.stopTracing()
  const trace = JSON.parse(buffer.toString()) as {
    traceEvents: { name: string; ph: string; dur?: number; tid: number; pid: number; args?: unknown }[]
  }
  // The renderer's main thread: the one running the most top-level RunTask time with FunctionCall in it.
  const mainThread = trace.traceEvents.find(
    (event) => event.name === 'thread_name' && JSON.stringify(event.args).includes('CrRendererMain')
  )
  const kinds = new Map<string, number>()
  for (const event of trace.traceEvents) {
    if (event.ph !== 'X' || !event.dur) continue
    if (mainThread && (event.tid !== mainThread.tid || event.pid !== mainThread.pid)) continue
    if (
      ![
        'RunTask',
        'FunctionCall',
        'EvaluateScript',
        'Layout',
        'UpdateLayoutTree',
        'Paint',
        'PrePaint',
        'Layerize',
        'MinorGC',
        'MajorGC',
        'V8.GC_SCAVENGER',
        'ParseHTML',
        'HitTest',
        'FireAnimationFrame',
        'EventDispatch'
      ].includes(event.name)
    )
      continue
    kinds.set(event.name, (kinds.get(event.name) ?? 0) + event.dur / 1000)
  }
  return {
    result,
    kinds: Object.fromEntries([...kinds.entries()].map(([name, ms]) => [name, Number(ms.toFixed(1))]))
  }
}

async function run(page: Page, wordCount: number) {
  const host = await startBrowserHost()
  try {
    await page.goto(host.url)
    await page.getByRole('heading', { level: 1 }).waitFor()
    const text = generatedArticle(wordCount)
    await page.evaluate(async (body) => {
      const token = localStorage.getItem('claimcheck.token') ?? ''
      const headers = { 'Content-Type': 'application/json', 'X-Claimcheck-Token': token }
      const response = await fetch('/api/importFile', {
        method: 'POST',
        headers,
        body: JSON.stringify({ fileName: 'long-report.txt', text: body })
      })
      const result = await response.json()
      if (!result.ok) throw new Error(result.error.message)
      await fetch('/api/openDocument', {
        method: 'POST',
        headers,
        body: JSON.stringify({ documentId: result.value.entry.id })
      })
    }, text)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'A Very Long Report On Municipal Budgets' }).waitFor()
    // As the bench does, the tag comes once the claims engine's marks are in: a settled page.
    await page.locator('.claim--worthy').first().waitFor()
    await page.locator('[data-claim-id="c1"]').click()
    const session = await page.context().newCDPSession(page)
    const tagTrace = join(outFolder, `tag-${wordCount}.trace.json`)
    const tag = await traced(page, tagTrace, () =>
      profiled(session, async () => {
        const { shownMs } = await page.evaluate(tagVerifiedInPage, 'c1')
        return shownMs
      })
    )
    await writeFile(join(outFolder, `tag-${wordCount}.cpuprofile`), JSON.stringify(tag.result.profile))
    const scroll = await traced(page, join(outFolder, `scroll-${wordCount}.trace.json`), () =>
      profiled(session, () => page.evaluate(scrollFramesInPage).then((frames) => frames[56]))
    )
    await writeFile(join(outFolder, `scroll-${wordCount}.cpuprofile`), JSON.stringify(scroll.result.profile))
    return {
      words: wordCount,
      tag: { tagVisibleMs: tag.result.result, mainThread: tag.kinds, ...topFunctions(tag.result.profile) },
      scroll: {
        p95FrameMs: scroll.result.result,
        mainThread: scroll.kinds,
        ...topFunctions(scroll.result.profile)
      }
    }
  } finally {
    await host.stop()
  }
}

async function main(): Promise<void> {
  await mkdir(outFolder, { recursive: true })
  const browser = await chromium.launch(chromiumLaunchOptions)
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } })
  const baseline = await run(page, 10_000)
  const large = await run(page, words)
  await browser.close()
  console.log(JSON.stringify({ benchmark: 'profile-large-document', baseline, large }, null, 2))
}

await main()
