/**
 * Startup benchmark: from launching the browser host (`node out/main/web-host.js`, after
 * `npm run build`) to the sample article's claims on screen in Chromium, on a fresh data folder
 * (first run: the sample is imported) and again on the same folder (a normal start).
 *
 * Baseline, in the same run and the same browser: a static HTML page holding the same article (its
 * title and paragraphs, no script), served from a plain Node HTTP server, from navigation to its
 * first paragraph on screen. The ratio compares a normal start with it. The static page served by
 * the host itself (the app's index.html until `load`) is kept as a second figure.
 * Prints JSON. Run: npm run build && npx tsx bench/web-startup.ts
 */
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium } from '@playwright/test'
import { newDataDir, projectRoot, startBrowserHost } from '../e2e/app'
import { chromiumLaunchOptions } from '../e2e/chromium'

const RUNS = 5

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

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

async function main(): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions)
  const article = await serve(await staticArticlePage())
  const firstRun: number[] = []
  const laterRun: number[] = []
  const staticArticle: number[] = []
  const hostIndexPage: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const dataDir = await newDataDir()
    for (const samples of [firstRun, laterRun]) {
      const page = await browser.newPage()
      const started = performance.now()
      const host = await startBrowserHost(dataDir)
      await page.goto(host.url)
      await page.locator('.claim').first().waitFor()
      samples.push(performance.now() - started)

      const indexStarted = performance.now()
      await page.goto(new URL('/index.html', host.url).href, { waitUntil: 'load' })
      hostIndexPage.push(performance.now() - indexStarted)
      await page.close()
      await host.stop()

      const staticPage = await browser.newPage()
      const staticStarted = performance.now()
      await staticPage.goto(article.url, { waitUntil: 'commit' })
      await staticPage.locator('p').first().waitFor()
      staticArticle.push(performance.now() - staticStarted)
      await staticPage.close()
    }
  }
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
        baselineStaticArticleMedianMs: Math.round(baseline),
        laterRunVsStaticArticle: Number((later / baseline).toFixed(2)),
        baselineStaticPageLoadMedianMs: Math.round(median(hostIndexPage))
      },
      null,
      2
    )
  )
}

await main()
