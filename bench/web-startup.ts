/**
 * Startup benchmark: from launching the browser host (`node out/main/web-host.js`, after
 * `npm run build`) to the sample article's title visible in Chromium, on a fresh data folder
 * (first run, the sample is imported) and again on the same folder (a normal start). Baseline in
 * the same run: Chromium loading a static page from the same server. Prints JSON.
 * Run: npm run build && npx tsx bench/web-startup.ts
 */
import { performance } from 'node:perf_hooks'
import { chromium } from '@playwright/test'
import { newDataDir, startBrowserHost } from '../e2e/app'
import { chromiumLaunchOptions } from '../e2e/chromium'

const RUNS = 5

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

async function main(): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions)
  const firstRun: number[] = []
  const laterRun: number[] = []
  const staticPage: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const dataDir = await newDataDir()
    for (const samples of [firstRun, laterRun]) {
      const page = await browser.newPage()
      const started = performance.now()
      const host = await startBrowserHost(dataDir)
      await page.goto(host.url)
      await page.getByRole('heading', { level: 1 }).waitFor()
      samples.push(performance.now() - started)
      const staticStarted = performance.now()
      await page.goto(new URL('/index.html', host.url).href, { waitUntil: 'load' })
      staticPage.push(performance.now() - staticStarted)
      await page.close()
      await host.stop()
    }
  }
  await browser.close()
  console.log(
    JSON.stringify(
      {
        benchmark: 'web-host-start-to-article-visible',
        runs: RUNS,
        firstRunMedianMs: Math.round(median(firstRun)),
        laterRunMedianMs: Math.round(median(laterRun)),
        baselineStaticPageLoadMedianMs: Math.round(median(staticPage))
      },
      null,
      2
    )
  )
}

await main()
