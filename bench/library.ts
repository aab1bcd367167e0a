/**
 * Library benchmark: a library of 1,000 documents, each with 1,000 annotations, against the same
 * with 10 documents (the baseline, in the same run). Through the browser host in Chromium:
 * - openLibraryMs: from starting the host on the data folder to the Library view listing the
 *   library (the store opens, the page loads, the list shows its first rows and knows its length);
 * - openDocumentMs: from choosing a document in the Library view to its first claim on screen (the
 *   median of five documents);
 * - applyChangeMs: from pressing a status to "All changes saved" (the median of several), which
 *   includes the store writing the document and the library index.
 * Each beside the page's main-thread CPU time over the same span (…CpuMs), which moves less than the
 * clock on a shared machine.
 * Prints JSON. Run: npm run build && npx tsx bench/library.ts [documents] [annotations]
 *   [--baseline N] [--words N] [--profile <file.cpuprofile>]
 * For a library of 10,000 documents against 1,000 (smaller articles, so the folders stay a few GB):
 *   npx tsx bench/library.ts 10000 100 --baseline 1000 --words 1500
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium, type Browser } from '@playwright/test'
import { startBrowserHost } from '../e2e/app'
import { chromiumLaunchOptions } from '../e2e/chromium'
import { applyChange } from '../src/shared/annotations/changes'
import type { StoredDocument } from '../src/shared/model'
import { encodeArticle, splitDocument } from '../src/shared/library/document-parts'
import { createServices, LibraryStore } from '../src/main/core'
import { inProcessArticleBuilder } from '../test/support/in-process-article-builder'
import { generatedArticle } from './lib/generated-article'

const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? undefined : process.argv[at + 1]
}
const positional = process.argv.slice(2).filter((arg, index, args) => {
  return !arg.startsWith('--') && !args[index - 1]?.startsWith('--')
})
const DOCUMENTS = Number(positional[0] ?? 1000)
const ANNOTATIONS = Number(positional[1] ?? 1000)
const BASELINE_DOCUMENTS = Number(option('baseline') ?? 10)
const WORDS = Number(option('words') ?? 13_500)
const CHANGES = 5
/** `--profile <file.cpuprofile>`: Chromium's CPU profile of the page over the large library's changes. */
const PROFILE_FILE = option('profile')
const OPENS = 5

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

/** One imported article (~13,000 words, over 1,000 claims, by default) carrying `count` claim reviews. */
async function annotatedDocument(count: number): Promise<StoredDocument> {
  const folder = await mkdtemp(join(tmpdir(), 'claimcheck-bench-library-source-'))
  try {
    const store = await LibraryStore.open(folder)
    const services = createServices({
      store,
      platform: { kind: 'browser' },
      version: 'bench',
      articleBuilder: inProcessArticleBuilder
    })
    const outcome = await services.importFile({
      fileName: 'council-report.txt',
      text: generatedArticle(WORDS)
    })
    if (outcome.status !== 'imported') throw new Error(`The article was not imported (${outcome.status}).`)
    const entry = outcome.entry
    const document = await store.openDocument(entry.id)
    if (document.claims.length < count)
      throw new Error(`The article has only ${document.claims.length} claims.`)
    const statuses = ['verified', 'disputed', 'needs-source'] as const
    let annotations = document.annotations
    for (const [index, claim] of document.claims.slice(0, count).entries()) {
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString()
      const change =
        index % 4 === 3
          ? ({
              kind: 'set-note',
              claimId: claim.id,
              note: `Checked against the minutes, item ${index}.`
            } as const)
          : ({ kind: 'set-status', claimId: claim.id, status: statuses[index % 3]! } as const)
      annotations = applyChange(document, annotations, change, at)
    }
    return { ...document, annotations }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/**
 * A data folder holding `count` copies of the document under their own ids and titles. The files
 * are written as the store writes them; opening the store once lists them, so the measured start
 * is a normal one (the index is trusted).
 */
async function libraryOf(document: StoredDocument, count: number): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'claimcheck-bench-library-'))
  await mkdir(join(dataDir, 'documents'))
  await mkdir(join(dataDir, 'articles'))
  for (let index = 0; index < count; index++) {
    const id = `council-report-${String(index).padStart(5, '0')}`
    const copy = { ...document, id, title: `Council report ${index + 1}` }
    // A review and the article it names, as the store writes them.
    const key = `k${String(index).padStart(6, '0')}`
    const { review, article } = splitDocument(copy, key)
    await writeFile(join(dataDir, 'articles', `${id}.${key}.article`), encodeArticle(id, key, article))
    await writeFile(join(dataDir, 'documents', `${id}.json`), JSON.stringify(review))
  }
  const store = await LibraryStore.open(dataDir)
  // A library in use: the sample article was offered long ago.
  await store.updateIndex((index) => {
    index.sampleImported = true
  })
  return dataDir
}

async function measure(browser: Browser, dataDir: string, documents: number) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } })
  const session = await page.context().newCDPSession(page)
  await session.send('Performance.enable')
  const cpuMs = async () => {
    const { metrics } = await session.send('Performance.getMetrics')
    return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0) * 1000
  }
  const started = performance.now()
  const host = await startBrowserHost(dataDir)
  try {
    const libraryCpuBefore = await cpuMs()
    await page.goto(host.url)
    // Locators by CSS, not by role: naming 4,000 buttons would time the benchmark, not the app.
    await page.locator('.app-header').getByRole('button', { name: 'Library', exact: true }).click()
    // Listed once the first row stands in a list that knows the library's length (a large library
    // renders only the rows on screen).
    // (Or, in a build before the list was virtualized, once its last row exists.)
    await page
      .locator(`.library-row[data-index="0"][aria-setsize="${documents}"]`)
      .or(page.locator('.library-row').nth(documents - 1))
      .first()
      .waitFor()
    const openLibraryMs = performance.now() - started
    const openLibraryCpuMs = (await cpuMs()) - libraryCpuBefore

    // Rows 3 to 7 opened in turn, each from the Library view (the median is the figure): on screen
    // in any library, and not the document the app had open.
    const opens: { ms: number; cpuMs: number }[] = []
    for (let row = 3; row < 3 + OPENS; row++) {
      if (row > 3) {
        await page.locator('.app-header').getByRole('button', { name: 'Library', exact: true }).click()
      }
      const rowLocator = page.locator(`li.library-row:nth-child(${row})`)
      const title = await rowLocator.getAttribute('aria-label')
      if (!title) throw new Error(`The library lists fewer than ${row} documents.`)
      const cpuBefore = await cpuMs()
      const ms = await page.evaluate(
        async ([title, row]) => {
          const button = document.querySelector(`li.library-row:nth-child(${row}) .library-open`)
          if (!(button instanceof HTMLElement)) throw new Error(`The library lists no “${title}”.`)
          const opened = performance.now()
          button.click()
          while (
            document.querySelector('.app-document-title')?.textContent !== title ||
            !document.querySelector('[data-claim-id="c1"]')
          ) {
            await new Promise((resolve) => requestAnimationFrame(resolve))
          }
          return performance.now() - opened
        },
        [title, row] as const
      )
      opens.push({ ms, cpuMs: (await cpuMs()) - cpuBefore })
    }
    const openDocumentMs = median(opens.map((open) => open.ms))
    const openDocumentCpuMs = median(opens.map((open) => open.cpuMs))

    await page.locator('[data-claim-id="c2"]').click()
    const profiling = PROFILE_FILE !== undefined && documents === DOCUMENTS
    if (profiling) {
      await session.send('Profiler.enable')
      await session.send('Profiler.setSamplingInterval', { interval: 100 })
      await session.send('Profiler.start')
    }
    const changesCpuBefore = await cpuMs()
    const changes = await page.evaluate(async (count) => {
      const took: number[] = []
      const labels = ['Verified', 'Disputed']
      for (let index = 0; index < count; index++) {
        const label = labels[index % 2]
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes(label!))
        const state = document.querySelector('.save-state')
        if (!state) throw new Error('The claim panel shows no save state.')
        // Saved again once the state text changes back (it reads "Saving…" in between).
        const saved = new Promise<number>((resolve) => {
          const watcher = new MutationObserver(() => {
            if (state.textContent !== 'All changes saved') return
            watcher.disconnect()
            resolve(performance.now())
          })
          watcher.observe(state, { childList: true, characterData: true, subtree: true })
        })
        const started = performance.now()
        button?.click()
        took.push((await saved) - started)
      }
      return took
    }, CHANGES)
    const applyChangeCpuMs = ((await cpuMs()) - changesCpuBefore) / CHANGES
    if (profiling) {
      const { profile } = await session.send('Profiler.stop')
      await writeFile(PROFILE_FILE, JSON.stringify(profile))
    }
    return {
      documents,
      annotationsEach: ANNOTATIONS,
      words: WORDS,
      openLibraryMs: Math.round(openLibraryMs),
      openLibraryCpuMs: Math.round(openLibraryCpuMs),
      openDocumentMs: Math.round(openDocumentMs),
      openDocumentCpuMs: Math.round(openDocumentCpuMs),
      applyChangeMs: Number(median(changes).toFixed(1)),
      /** The page's CPU per change (the mean over the changes). */
      applyChangeCpuMs: Math.round(applyChangeCpuMs)
    }
  } finally {
    await session.detach()
    await page.close()
    await host.stop()
  }
}

async function main(): Promise<void> {
  const document = await annotatedDocument(ANNOTATIONS)
  const folders: string[] = []
  try {
    const baselineDir = await libraryOf(document, BASELINE_DOCUMENTS)
    folders.push(baselineDir)
    const largeDir = await libraryOf(document, DOCUMENTS)
    folders.push(largeDir)
    const browser = await chromium.launch(chromiumLaunchOptions)
    const baseline = await measure(browser, baselineDir, BASELINE_DOCUMENTS)
    const large = await measure(browser, largeDir, DOCUMENTS)
    await browser.close()
    const ratio = (
      key:
        | 'openLibraryMs'
        | 'openLibraryCpuMs'
        | 'openDocumentMs'
        | 'openDocumentCpuMs'
        | 'applyChangeMs'
        | 'applyChangeCpuMs'
    ) => Number((large[key] / baseline[key]).toFixed(2))
    console.log(
      JSON.stringify(
        {
          benchmark: 'library',
          baseline,
          large,
          ratios: {
            openLibrary: ratio('openLibraryMs'),
            openLibraryCpu: ratio('openLibraryCpuMs'),
            openDocument: ratio('openDocumentMs'),
            openDocumentCpu: ratio('openDocumentCpuMs'),
            applyChange: ratio('applyChangeMs'),
            applyChangeCpu: ratio('applyChangeCpuMs')
          }
        },
        null,
        2
      )
    )
  } finally {
    for (const folder of folders) await rm(folder, { recursive: true, force: true })
  }
}

await main()
