/**
 * Startup benchmark: from launching the browser host (`node out/main/web-host.js`, after
 * `npm run build`) to the sample article's claims on screen in Chromium, on a fresh data folder
 * (first run: the sample is imported) and again on the same folder (a normal start).
 *
 * Baseline, in the same run and the same browser: a static HTML page holding the same article (its
 * title and paragraphs, no script), served from a plain Node HTTP server, from navigation to its
 * first paragraph on screen. The ratio compares a normal start with it. The static page served by
 * the host itself (the app's index.html until `load`) is kept as a second figure. A third: the same
 * static page from launching a plain Node server process (as the host is launched) to its first
 * paragraph on screen, which is the floor a start from launch can reach on this machine.
 * Beside each time, the page's main-thread CPU time (Chromium's ThreadTime) over the same span, and
 * for a normal start the time from navigation alone (the host already answering), and when each page
 * first painted text (first-contentful-paint, from its navigation's start: Chromium's own clock, not
 * Playwright's polling, which waits for a busy page's main thread).
 * `--profile <file.cpuprofile>` also writes Chromium's CPU profile of the page in the last normal start.
 * Prints JSON. Run: npm run build && npx tsx bench/web-startup.ts [--profile <file>]
 */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { createInterface } from 'node:readline'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium, type CDPSession, type Page } from '@playwright/test'
import { newDataDir, projectRoot, startBrowserHost } from '../e2e/app'
import { chromiumLaunchOptions } from '../e2e/chromium'

const RUNS = 5
const profileAt = process.argv.indexOf('--profile')
const PROFILE_FILE = profileAt === -1 ? null : process.argv[profileAt + 1]

/** The page's main-thread CPU time so far, in ms. */
async function threadTimeMs(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics')
  return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0) * 1000
}

async function cdpSession(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page)
  await session.send('Performance.enable')
  return session
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

/** When the page first painted text, from the start of its navigation (Chromium's paint timing). */
async function firstPaintMs(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0]
          if (paint) resolve(paint.startTime)
        }).observe({ type: 'paint', buffered: true })
      })
  )
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The sample article as a plain page: its first line as the title, each paragraph a <p>. */
async function staticArticlePage(): Promise<string> {
  const text = await readFile(join(projectRoot, 'resources', 'sample-article.txt'), 'utf8')
  const [title = '', ...paragraphs] = text.split(/\n\s*\n/).map((part) => part.trim())
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>`,
    ...paragraphs.filter(Boolean).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    '</main></body></html>'
  ].join('\n')
}

async function serve(html: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }
}

/** A plain Node process serving `file`, started as the host is; resolves once it prints its address. */
async function launchStaticServer(file: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const code = [
    "const { readFileSync } = require('node:fs')",
    "const html = readFileSync(process.argv[1], 'utf8')",
    "const server = require('node:http').createServer((q, r) => r.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html))",
    "server.listen(0, '127.0.0.1', () => console.log('running at http://127.0.0.1:' + server.address().port + '/'))"
  ].join('\n')
  const child = spawn(process.execPath, ['-e', code, file], { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /running at (\S+)/.exec(line)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`The static server exited (${code}).`)))
  })
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
  }
}

async function main(): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions)
  const articleHtml = await staticArticlePage()
  const article = await serve(articleHtml)
  const scratch = await mkdtemp(join(tmpdir(), 'claimcheck-bench-'))
  const articleFile = join(scratch, 'article.html')
  await writeFile(articleFile, articleHtml)
  const staticLaunch: number[] = []
  const laterRunPaint: number[] = []
  const staticArticlePaint: number[] = []
  const firstRun: number[] = []
  const laterRun: number[] = []
  const laterRunPage: number[] = []
  const laterRunCpu: number[] = []
  const staticArticle: number[] = []
  const staticArticleCpu: number[] = []
  const hostIndexPage: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const dataDir = await newDataDir()
    for (const samples of [firstRun, laterRun]) {
      const page = await browser.newPage()
      const session = await cdpSession(page)
      const profiling = PROFILE_FILE && samples === laterRun && run === RUNS - 1
      if (profiling) {
        await session.send('Profiler.enable')
        await session.send('Profiler.setSamplingInterval', { interval: 100 })
        await session.send('Profiler.start')
      }
      const started = performance.now()
      const host = await startBrowserHost(dataDir)
      const navigated = performance.now()
      const cpuBefore = await threadTimeMs(session)
      // As the static page below: from the response on, not waiting for the page's 'load'.
      await page.goto(host.url, { waitUntil: 'commit' })
      await page.locator('.claim').first().waitFor()
      samples.push(performance.now() - started)
      if (samples === laterRun) {
        laterRunPage.push(performance.now() - navigated)
        laterRunCpu.push((await threadTimeMs(session)) - cpuBefore)
        laterRunPaint.push(await firstPaintMs(page))
      }
      if (profiling) {
        const { profile } = await session.send('Profiler.stop')
        await writeFile(PROFILE_FILE, JSON.stringify(profile))
      }
      await session.detach()

      const indexStarted = performance.now()
      await page.goto(new URL('/index.html', host.url).href, { waitUntil: 'load' })
      hostIndexPage.push(performance.now() - indexStarted)
      await page.close()
      await host.stop()

      const staticPage = await browser.newPage()
      const staticSession = await cdpSession(staticPage)
      const staticCpuBefore = await threadTimeMs(staticSession)
      const staticStarted = performance.now()
      await staticPage.goto(article.url, { waitUntil: 'commit' })
      await staticPage.locator('p').first().waitFor()
      staticArticle.push(performance.now() - staticStarted)
      staticArticleCpu.push((await threadTimeMs(staticSession)) - staticCpuBefore)
      staticArticlePaint.push(await firstPaintMs(staticPage))
      await staticSession.detach()
      await staticPage.close()

      const launchPage = await browser.newPage()
      const launched = performance.now()
      const server = await launchStaticServer(articleFile)
      await launchPage.goto(server.url, { waitUntil: 'commit' })
      await launchPage.locator('p').first().waitFor()
      staticLaunch.push(performance.now() - launched)
      await launchPage.close()
      await server.stop()
    }
  }
  await rm(scratch, { recursive: true, force: true })
  await browser.close()
  article.server.close()
  const later = median(laterRun)
  const baseline = median(staticArticle)
  console.log(
    JSON.stringify(
      {
        benchmark: 'web-host-start-to-claims-visible',
        runs: RUNS,
        firstRunMedianMs: Math.round(median(firstRun)),
        laterRunMedianMs: Math.round(later),
        laterRunFromNavigationMedianMs: Math.round(median(laterRunPage)),
        laterRunPageCpuMedianMs: Math.round(median(laterRunCpu)),
        baselineStaticArticleMedianMs: Math.round(baseline),
        baselineStaticArticlePageCpuMedianMs: Math.round(median(staticArticleCpu)),
        laterRunVsStaticArticle: Number((later / baseline).toFixed(2)),
        laterRunFromNavigationVsStaticArticle: Number((median(laterRunPage) / baseline).toFixed(2)),
        laterRunFirstPaintFromNavigationMedianMs: Math.round(median(laterRunPaint)),
        baselineStaticArticleFirstPaintMedianMs: Math.round(median(staticArticlePaint)),
        laterRunFirstPaintVsStaticArticle: Number(
          (median(laterRunPaint) / median(staticArticlePaint)).toFixed(2)
        ),
        baselineStaticPageLoadMedianMs: Math.round(median(hostIndexPage)),
        baselineStaticServerLaunchMedianMs: Math.round(median(staticLaunch)),
        laterRunVsStaticServerLaunch: Number((later / median(staticLaunch)).toFixed(2))
      },
      null,
      2
    )
  )
}

await main()
