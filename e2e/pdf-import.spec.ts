/**
 * A PDF report in the browser host: picked, read into paragraphs and headings without its page
 * furniture, reviewed like any article; a password-protected one is refused with what to do.
 */
import { encryptedPdf, setLines, writePdf, type PdfLineSpec } from '../test/support/pdf-files'
import { expect, test } from './fixtures'
import { chooseInPicker, documentRows, dropFile, openLibrary } from './import-helpers'

const FARES =
  'Ferry fares will rise by 12% in spring, the harbour board said on Monday, the first rise since the crossing reopened in 2021.'
const SURVEY =
  'A survey of 400 passengers found that most cross at least three times a week, and a quarter of them'

// Each import starts a fresh worker that loads pdf.js (3 MB of modules): seconds on a busy machine.
const PDF_IMPORT_TIMEOUT = 45_000
test.describe.configure({ timeout: 120_000 })

async function harbourReport(): Promise<Buffer> {
  const header = (page: number): PdfLineSpec[] => [
    { text: 'Harbour Board - Annual Report', x: 72, y: 800, size: 8 },
    { text: `${page}`, x: 295, y: 40, size: 8 }
  ]
  const bytes = await writePdf({
    title: 'Harbour Board Annual Report',
    author: 'Harbour Board',
    pages: [
      [
        ...header(1),
        { text: 'Fares', x: 72, y: 760, size: 16 },
        ...setLines([FARES], { top: 730 }),
        ...setLines([SURVEY], { top: 690 }),
        { text: 'use the early sail-', x: 72, y: 666, size: 10 }
      ],
      [...header(2), { text: 'ing to reach work on time.', x: 72, y: 760, size: 10 }]
    ]
  })
  return Buffer.from(bytes)
}

test('a PDF report picked with the file picker opens as an article and its claims can be reviewed', async ({
  page,
  ws: reading
}) => {
  await chooseInPicker(page, {
    name: 'harbour-report.pdf',
    mimeType: 'application/pdf',
    buffer: await harbourReport()
  })
  await reading.waitForArticle('Harbour Board Annual Report', PDF_IMPORT_TIMEOUT)
  await expect(reading.article.getByRole('heading', { level: 2, name: 'Fares' })).toBeVisible()
  // The paragraph runs on over the page break, its broken word joined; headers and numbers are gone.
  await expect(reading.claim('A survey of 400 passengers')).toHaveText(
    `${SURVEY} use the early sailing to reach work on time.`
  )
  await expect(reading.article).not.toContainText('Annual Report -')
  await expect(reading.article).not.toContainText('Harbour Board - Annual Report')

  await reading.setStatus('Ferry fares will rise by 12% in spring', 'Verified')
  await page.reload()
  await reading.waitForArticle('Harbour Board Annual Report')
  await reading.claim('Ferry fares will rise by 12% in spring').click()
  await expect(reading.statusButton('Verified')).toHaveAttribute('aria-pressed', 'true')
})

test('a password-protected PDF dropped on the window is refused with what to do, and nothing is added', async ({
  page,
  ws: reading
}) => {
  await dropFile(page, 'sealed-report.pdf', Buffer.from(encryptedPdf('Ferry fares will rise by 12%.')))
  await expect(page.getByRole('alert')).toHaveText(
    /“sealed-report\.pdf” is password-protected.*without one/,
    {
      timeout: PDF_IMPORT_TIMEOUT
    }
  )
  await expect(reading.article.getByRole('heading', { level: 1 })).not.toHaveText(
    'Ferry fares will rise by 12%.'
  )
  await openLibrary(page)
  await expect(documentRows(page)).toHaveCount(1)
})
