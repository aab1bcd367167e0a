/**
 * Large-document benchmark: a generated article of 1,000,000 words is imported through the browser
 * host's API, then opened in Chromium. Measures the import, the time to the article visible, the
 * time for a tag to show on screen (median of five claims, once the page has settled) and until it
 * is saved, a note saved through the API until the host answers (median of fifteen), and
 * scrolling (frame times while jumping a viewport a frame). Baseline in the same run: the same
 * measurements on a 10,000-word article, and the ratio of each to it. Prints JSON with the load average.
 * Run: npm run build && npx tsx bench/large-document.ts [words]
 */
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { chromium, type Page } from '@playwright/test'
import { startBrowserHost } from '../e2e/app'
import { chromiumLaunchOptions } from '../e2e/chromium'
import { generatedArticle } from './lib/generated-article'
import { scrollFramesInPage, tagVerifiedInPage } from './lib/reading-view-steps'

const words = Number(process.argv[2] ?? 1_000_000)

async function measure(page: Page, wordCount: number) {
  const host = await startBrowserHost()
  try {
    await page.goto(host.url)
    await page.getByRole('heading', { level: 1 }).waitFor()
    const text = generatedArticle(wordCount)
    const importStarted = performance.now()
    const id = await page.evaluate(async (body) => {
      const token = localStorage.getItem('claimcheck.token') ?? ''
      const response = await fetch('/api/importFile', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Claimcheck-Token': token },
        body: JSON.stringify({ fileName: 'long-report.txt', text: body })
      })
      const result = await response.json()
      if (!result.ok) throw new Error(result.error.message)
      await fetch('/api/openDocument', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Claimcheck-Token': token },
        body: JSON.stringify({ documentId: result.value.entry.id })
      })
      return result.value.entry.id as string
    }, text)
    const importMs = performance.now() - importStarted

    const openStarted = performance.now()
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'A Very Long Report On Municipal Budgets' }).waitFor()
    const openMs = performance.now() - openStarted

    // Tags once the page has settled: the claims engine runs in a worker for long articles, and its
    // reading landing mid-tag (sooner for the short article) measured the engine, not the tag.
    await page.locator('.claim--worthy').first().waitFor()
    // Five claims tagged one after another, each once the last is saved; the median is the figure.
    // Also timed: the tag until "All changes saved" (the store writing the document).
    // The page's main-thread CPU time as well: on a shared machine it moves less than the clock.
    const session = await page.context().newCDPSession(page)
    await session.send('Performance.enable')
    const cpuMs = async () => {
      const { metrics } = await session.send('Performance.getMetrics')
      return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0) * 1000
    }
    const tags: { shownMs: number; savedMs: number; cpuMs: number }[] = []
    for (let claimNumber = 1; claimNumber <= 5; claimNumber++) {
      const claimId = `c${claimNumber}`
      await page.locator(`[data-claim-id="${claimId}"]`).click()
      const cpuBefore = await cpuMs()
      const tag = await page.evaluate(tagVerifiedInPage, claimId)
      tags.push({ ...tag, cpuMs: (await cpuMs()) - cpuBefore })
    }
    const median = (values: number[]) => Number(([...values].sort((a, b) => a - b)[2] ?? 0).toFixed(1))

    // The store's part alone: fifteen notes saved through the API the page calls, one after another,
    // each timed until the host answers (it answers once the change is on disk). Not tied to frames.
    const changeSavedMs = await page.evaluate(async (documentId) => {
      const token = localStorage.getItem('claimcheck.token') ?? ''
      const times: number[] = []
      for (let claim = 10; claim < 25; claim++) {
        const started = performance.now()
        const response = await fetch('/api/applyChange', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Claimcheck-Token': token },
          body: JSON.stringify({
            documentId,
            change: { kind: 'set-note', claimId: `c${claim}`, note: `Note ${claim}` }
          })
        })
        const result = await response.json()
        if (!result.ok) throw new Error(result.error.message)
        times.push(performance.now() - started)
      }
      return times.sort((a, b) => a - b)
    }, id)

    const scrollCpuBefore = await cpuMs()
    const frames = await page.evaluate(scrollFramesInPage)
    const scroll = { medianFrameMs: frames[30], p95FrameMs: frames[56], worstFrameMs: frames[59] }
    const scrollCpuMs = (await cpuMs()) - scrollCpuBefore
    await session.detach()
    return {
      words: wordCount,
      id,
      importMs: Math.round(importMs),
      openMs: Math.round(openMs),
      tagVisibleMs: median(tags.map((tag) => tag.shownMs)),
      tagSamplesMs: tags.map((tag) => Number(tag.shownMs.toFixed(1))),
      tagSavedMs: median(tags.map((tag) => tag.savedMs)),
      tagCpuMs: median(tags.map((tag) => tag.cpuMs)),
      changeSavedMs: Number((changeSavedMs[7] ?? 0).toFixed(1)),
      ...scroll,
      scrollCpuMsPerFrame: Number((scrollCpuMs / 60).toFixed(1))
    }
  } finally {
    await host.stop()
  }
}

async function main(): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions)
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } })
  const baseline = await measure(page, 10_000)
  const large = await measure(page, words)
  await browser.close()
  const ratio = (key: 'tagVisibleMs' | 'tagSavedMs' | 'changeSavedMs' | 'tagCpuMs' | 'p95FrameMs') =>
    Number(((large[key] ?? 0) / Math.max(baseline[key] ?? 0, 0.1)).toFixed(2))
  // Each measure of the large article against the baseline's, from this run.
  const ratios = {
    tagVisible: ratio('tagVisibleMs'),
    tagSaved: ratio('tagSavedMs'),
    changeSaved: ratio('changeSavedMs'),
    tagCpu: ratio('tagCpuMs'),
    p95Frame: ratio('p95FrameMs')
  }
  const [loadAverage] = loadavg()
  console.log(
    JSON.stringify(
      { benchmark: 'large-document', ratios, loadAverage: Number(loadAverage?.toFixed(1)), baseline, large },
      null,
      2
    )
  )
}

await main()
