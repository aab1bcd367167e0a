import { describe, expect, it } from 'vitest'
import type { Article } from '../../shared/model'
import { ApiFailure } from '../../shared/result'
import {
  drawingsOnlyPdf,
  encryptedPdf,
  setLines,
  writePdf,
  type PdfLineSpec
} from '../../../test/support/pdf-files'
import { tsxWorkerArticleBuilder } from '../../../test/support/tsx-import-worker'
import { articleFromFile } from './article-from-file'

const BILLS =
  'Bills fell by 12% in April after the council voted on Tuesday to cut them, the first cut in a decade of rises that had doubled what a household pays for water.'
const LEAKS =
  'Leaks rose by a third in May, the utility said in its monthly report, blaming the cold spring and mains laid before the war that it has yet to replace.'

const blockTexts = (article: Article): string[] =>
  article.blocks.map((block) => `${block.type}: ${article.text.slice(block.start, block.end)}`)

/** A running header and "Page n of N" footer on every page, as a report has. */
const withFurniture = (pages: PdfLineSpec[][]): PdfLineSpec[][] =>
  pages.map((lines, index) => [
    { text: 'Riverside Water Authority - Annual Report 2024', x: 72, y: 800, size: 8 },
    ...lines,
    { text: `Page ${index + 1} of ${pages.length}`, x: 270, y: 40, size: 8 }
  ])

async function refusal(fileName: string, bytes: Uint8Array): Promise<ApiFailure> {
  const error = await articleFromFile({ fileName, bytes }).catch((failure: unknown) => failure)
  expect(error).toBeInstanceOf(ApiFailure)
  return error as ApiFailure
}

describe('PDF import', () => {
  it('rebuilds a report: title and author from the metadata, headings, paragraphs, no page furniture', async () => {
    const bytes = await writePdf({
      title: 'Riverside Water Report',
      author: 'Riverside Water Authority',
      createdAt: new Date('2024-03-15T09:30:00Z'),
      pages: withFurniture([
        [
          { text: 'What changed this year', x: 72, y: 760, size: 16 },
          ...setLines([BILLS, LEAKS], { top: 730 })
        ],
        [
          { text: 'The survey', x: 72, y: 760, size: 16 },
          { text: 'The utility gathered infor-', x: 72, y: 730, size: 10 },
          { text: 'mation from a well-known panel', x: 72, y: 718, size: 10 },
          { text: 'of self-', x: 72, y: 706, size: 10 },
          { text: 'employed farmers across the valley.', x: 72, y: 694, size: 10 }
        ]
      ])
    })
    const article = await articleFromFile({ fileName: 'water-report.pdf', bytes })
    expect(article.title).toBe('Riverside Water Report')
    expect(article.source).toBe('water-report.pdf')
    expect(article.byline).toBe('Riverside Water Authority')
    expect(article.publishedAt).toBe('2024-03-15T09:30:00.000Z')
    expect(blockTexts(article)).toEqual([
      'title: Riverside Water Report',
      'heading: What changed this year',
      `paragraph: ${BILLS}`,
      `paragraph: ${LEAKS}`,
      'heading: The survey',
      'paragraph: The utility gathered information from a well-known panel of self-employed farmers across the valley.'
    ])
    // Paragraphs carry the claims, one a sentence; headings and furniture carry none.
    expect(article.claims.map((claim) => article.text.slice(claim.start, claim.end))).toEqual([
      BILLS,
      LEAKS,
      'The utility gathered information from a well-known panel of self-employed farmers across the valley.'
    ])
  })

  it('takes the title from the largest type on the first page when the metadata has none', async () => {
    const bytes = await writePdf({
      pages: [[{ text: 'Leaks in the Valley', x: 72, y: 780, size: 24 }, ...setLines([BILLS, LEAKS])]]
    })
    const article = await articleFromFile({ fileName: 'leaks.pdf', bytes })
    expect(article.title).toBe('Leaks in the Valley')
    expect(blockTexts(article)).toEqual([
      'title: Leaks in the Valley',
      `paragraph: ${BILLS}`,
      `paragraph: ${LEAKS}`
    ])
    expect(article.byline).toBeUndefined()
  })

  it('reads a two-column page column by column', async () => {
    const column = (text: string, x: number): PdfLineSpec[] => setLines([text], { x, top: 740, width: 40 })
    const bytes = await writePdf({
      pages: [
        [
          { text: 'Two Columns of Water News', x: 72, y: 790, size: 20 },
          ...column(BILLS, 72),
          ...column(LEAKS, 320)
        ]
      ]
    })
    const article = await articleFromFile({ fileName: 'columns.pdf', bytes })
    expect(blockTexts(article)).toEqual([
      'title: Two Columns of Water News',
      `paragraph: ${BILLS}`,
      `paragraph: ${LEAKS}`
    ])
  })

  it('reads a figure’s caption as a caption, leaves a tagged chart’s labels out, and ends a paragraph at a page’s foot', async () => {
    const RESERVOIR =
      'The reservoir was full in June for the first time in three summers, and the hosepipe ban that began last year was lifted a week later.'
    const full = [
      'Bills fell by 12% in April, the council said on Tuesday, after',
      'a vote of nine to four. The cut is the first one in ten years.'
    ]
    const bytes = await writePdf({
      title: 'Water in 2024',
      pages: [
        [
          ...setLines([LEAKS], { top: 760 }),
          // A chart drawn by a tagged PDF: its labels sit inside /Figure marked content.
          { text: 'Leaks (thousands)', x: 90, y: 690, size: 7, figure: true },
          { text: '400', x: 72, y: 670, size: 7, figure: true },
          { text: 'Jan Feb Mar Apr May', x: 90, y: 600, size: 7, figure: true },
          { text: 'Leaks rose every month from January to May.', x: 72, y: 585, size: 8 },
          ...setLines([RESERVOIR, full.join(' ')], { top: 560, width: 64 })
        ],
        [...setLines(['No new charge is planned for next year, the utility said.', BILLS], { top: 760 })]
      ]
    })
    const article = await articleFromFile({ fileName: 'water-2024.pdf', bytes })
    expect(blockTexts(article)).toEqual([
      'title: Water in 2024',
      `paragraph: ${LEAKS}`,
      'caption: Leaks rose every month from January to May.',
      `paragraph: ${RESERVOIR}`,
      `paragraph: ${full.join(' ')}`,
      'paragraph: No new charge is planned for next year, the utility said.',
      `paragraph: ${BILLS}`
    ])
    expect(
      article.claims.some((claim) => article.text.slice(claim.start, claim.end).includes('every month'))
    ).toBe(false)
  })

  it('knows a PDF by its bytes whatever its name, and reports each page as it is read', async () => {
    const bytes = await writePdf({ pages: [setLines([BILLS]), setLines([LEAKS]), setLines([BILLS])] })
    const progress: string[] = []
    const article = await articleFromFile({ fileName: 'download', bytes }, (done, total) =>
      progress.push(`${done}/${total}`)
    )
    expect(article.claims).toHaveLength(3)
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3'])
  })

  it('refuses a password-protected PDF and says how to get a readable copy', async () => {
    const failure = await refusal('sealed.pdf', encryptedPdf('Bills fell by 12% in April.'))
    expect(failure.code).toBe('bad-file')
    expect(failure.message).toMatch(/^“sealed\.pdf” is password-protected: .*save a copy without one/)
  })

  it('refuses a PDF with no text layer, as a scanned one is', async () => {
    const failure = await refusal('scan.pdf', await drawingsOnlyPdf())
    expect(failure.message).toMatch(/^“scan\.pdf” has no text layer \(it looks like scanned images\)/)
  })

  it('refuses a damaged PDF and a file named .pdf that is not one', async () => {
    const whole = await writePdf({ pages: [setLines([BILLS])] })
    const damaged = await refusal('cut-short.pdf', whole.subarray(0, 40))
    expect(damaged.message).toMatch(/^“cut-short\.pdf” is damaged or is not a PDF/)
    const text = await refusal('notes.pdf', new TextEncoder().encode('Bills fell by 12% in April.'))
    expect(text.message).toMatch(/^“notes\.pdf” is damaged or is not a PDF/)
  })

  // The worker loads pdf.js from source under tsx, which compiles it first: slow on a busy machine.
  it(
    'reads a PDF on the import worker, passing its progress back across threads',
    { timeout: 120_000 },
    async () => {
      const pages = [setLines([LEAKS], { width: 70 }), setLines([BILLS], { width: 70 })]
      const bytes = await writePdf({ title: 'Valley Leaks', pages })
      const progress: number[] = []
      const article = await tsxWorkerArticleBuilder().build({ fileName: 'valley.pdf', bytes }, (done) =>
        progress.push(done)
      )
      expect(article.title).toBe('Valley Leaks')
      expect(blockTexts(article)).toEqual([
        'title: Valley Leaks',
        `paragraph: ${LEAKS}`,
        `paragraph: ${BILLS}`
      ])
      expect(progress).toEqual([0, 1, 2])
    }
  )
})
