/**
 * PDF import benchmark: a long report (the long-text fixture's paragraphs in sections, 250 pages
 * by default, with running headers and page numbers) written as a PDF, imported through the same
 * `importFile` service the app calls on a real store in a temp folder. The baseline, in the same
 * run, is the same sections imported as a .txt file: the ratio is what reading the PDF's text layer
 * and rebuilding its paragraphs costs over the text itself, and the two articles' claims, headings
 * and paragraphs are counted side by side. Each format gets a small warm-up
 * import first, so the figures are the importers' work and not the loading of pdf.js.
 * `--built-worker` builds on the import worker that `npm run build` made (out/main), as the hosts
 * do, loading pdf.js afresh for the one import as they do; run `npm run build` first.
 * Prints JSON. Run: npx tsx bench/import-pdf.ts [--built-worker] [pages]   (default: 250)
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type ArticleBuilder,
  builtWorkerArticleBuilder,
  createServices,
  LibraryStore
} from '../src/main/core'
import { reportPages, writePdf, type ReportSection } from '../test/support/pdf-files'
import { inProcessArticleBuilder } from '../test/support/in-process-article-builder'

const TITLE = 'A Long Inquiry Record'
const HEADER = 'Harbour Inquiry - Record of Evidence'
const SECTION_PARAGRAPHS = 6

const args = process.argv.slice(2)
const onBuiltWorker = args.includes('--built-worker')
const pageTarget = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 250)

async function sourceParagraphs(): Promise<string[]> {
  const fixture = new URL('../test/fixtures/import/harbour-inquiry-long.txt', import.meta.url)
  return (await readFile(fixture, 'utf8'))
    .split(/\n\s*\n/)
    .slice(1)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 80)
}

function sessions(paragraphs: string[], count: number): ReportSection[] {
  return Array.from({ length: count }, (_, index) => ({
    heading: `Session ${index + 1}`,
    paragraphs: Array.from(
      { length: SECTION_PARAGRAPHS },
      (_, offset) => paragraphs[(index * SECTION_PARAGRAPHS + offset) % paragraphs.length]!
    )
  }))
}

/** The fewest sections that fill at least `pages` pages. */
function sectionsFor(paragraphs: string[], pages: number): ReportSection[] {
  const perTen = reportPages(sessions(paragraphs, 10), HEADER).length
  let count = Math.max(1, Math.floor((pages * 10) / perTen))
  while (reportPages(sessions(paragraphs, count), HEADER).length < pages) count++
  return sessions(paragraphs, count)
}

const asText = (sections: ReportSection[]): string =>
  [TITLE, ...sections.flatMap(({ heading, paragraphs }) => [heading, ...paragraphs])].join('\n\n')

function builder(): ArticleBuilder {
  return onBuiltWorker
    ? builtWorkerArticleBuilder(new URL('../out/main/index.js', import.meta.url).href)
    : inProcessArticleBuilder
}

async function importOnce(fileName: string, content: { text: string } | { bytes: Uint8Array }) {
  const dataDir = await mkdtemp(join(tmpdir(), 'claimcheck-pdf-bench-'))
  try {
    const services = createServices({
      store: await LibraryStore.open(dataDir),
      platform: { kind: 'browser' },
      version: 'bench',
      articleBuilder: builder()
    })
    const input =
      'bytes' in content
        ? { fileName, base64: Buffer.from(content.bytes).toString('base64') }
        : { fileName, text: content.text }
    const cpu = process.cpuUsage()
    const started = performance.now()
    const outcome = await services.importFile(input)
    const ms = performance.now() - started
    const used = process.cpuUsage(cpu)
    if (outcome.status !== 'imported') throw new Error(`${fileName}: ${outcome.status}`)
    const document = await services.openDocument({ documentId: outcome.entry.id })
    return {
      ms: Math.round(ms),
      // In-process only: a worker's CPU time is not this thread's.
      cpuMs: onBuiltWorker ? null : Math.round((used.user + used.system) / 1000),
      claims: outcome.entry.claimCount,
      headings: document.blocks.filter((block) => block.type === 'heading').length,
      paragraphs: document.blocks.filter((block) => block.type === 'paragraph').length,
      characters: document.text.length
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

const paragraphs = await sourceParagraphs()
const sections = sectionsFor(paragraphs, pageTarget)
const pages = reportPages(sections, HEADER)
const pdf = await writePdf({ title: TITLE, pages })
const text = asText(sections)

// Warm-ups: a few pages of each, so module loading is not counted (pdf.js is 3 MB of modules).
if (!onBuiltWorker) {
  const warm = sectionsFor(paragraphs, 3)
  await importOnce('warm-up.pdf', {
    bytes: await writePdf({ title: TITLE, pages: reportPages(warm, HEADER) })
  })
  await importOnce('warm-up.txt', { text: asText(warm) })
}
const pdfResult = await importOnce('inquiry.pdf', { bytes: pdf })
const textResult = await importOnce('inquiry.txt', { text })
const pageCount = pages.length
console.log(
  JSON.stringify(
    {
      benchmark: 'import-pdf',
      baseline: 'txt (the same sections as plain text)',
      onBuiltWorker,
      pages: pageCount,
      pdfMegabytes: Number((pdf.byteLength / 1024 / 1024).toFixed(2)),
      textMegabytes: Number((Buffer.byteLength(text) / 1024 / 1024).toFixed(2)),
      pdf: { ...pdfResult, msPerPage: Number((pdfResult.ms / pageCount).toFixed(1)) },
      txt: textResult,
      pdfVsText: {
        ms: Number((pdfResult.ms / textResult.ms).toFixed(1)),
        ...(pdfResult.cpuMs && textResult.cpuMs
          ? { cpuMs: Number((pdfResult.cpuMs / textResult.cpuMs).toFixed(1)) }
          : {})
      },
      // A paragraph that ends exactly at a page's foot on a full line reads as running on (one fewer).
      sameClaims: pdfResult.claims === textResult.claims,
      sameHeadings: pdfResult.headings === textResult.headings
    },
    null,
    2
  )
)
