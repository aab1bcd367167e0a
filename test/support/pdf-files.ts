/**
 * PDFs made by the tests themselves: pages of text set at chosen positions and sizes (with
 * pdf-lib), one with only drawings (a scan has no text layer either), and a password-protected
 * one written by hand, since pdf-lib cannot encrypt: the PDF standard security handler,
 * revision 2 (RC4, 40-bit key), as in the PDF 1.7 reference, algorithms 3.1–3.4.
 */
import { createHash } from 'node:crypto'
import { PDFDocument, StandardFonts, beginMarkedContent, endMarkedContent } from 'pdf-lib'

export interface PdfLineSpec {
  text: string
  x: number
  y: number
  size: number
  /** Set inside a `/Figure` marked-content sequence, as a tagged PDF sets a chart's labels. */
  figure?: boolean
}

export interface PdfSpec {
  pages: PdfLineSpec[][]
  title?: string
  author?: string
  createdAt?: Date
}

export async function writePdf({ pages, title, author, createdAt }: PdfSpec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  if (title) pdf.setTitle(title)
  if (author) pdf.setAuthor(author)
  pdf.setCreationDate(createdAt ?? new Date('2024-03-15T09:30:00Z'))
  for (const lines of pages) {
    const page = pdf.addPage([595, 842])
    for (const { text, x, y, size, figure } of lines) {
      if (figure) page.pushOperators(beginMarkedContent('Figure'))
      page.drawText(text, { x, y, size, font })
      if (figure) page.pushOperators(endMarkedContent())
    }
  }
  return pdf.save()
}

/** Paragraphs set in lines of about `width` characters, top down from `top`, `step` apart. */
export function setLines(
  paragraphs: string[],
  { x = 72, top = 760, size = 10, step = 12, width = 80, gap = 8 } = {}
): PdfLineSpec[] {
  const lines: PdfLineSpec[] = []
  let y = top
  for (const paragraph of paragraphs) {
    let line = ''
    for (const word of paragraph.split(' ')) {
      if (line && `${line} ${word}`.length > width) {
        lines.push({ text: line, x, y, size })
        y -= step
        line = word
      } else line = line ? `${line} ${word}` : word
    }
    if (line) lines.push({ text: line, x, y, size })
    y -= step + gap
  }
  return lines
}

/** A page of vector drawings and no text at all, as a scanned page is to a text extractor. */
export async function drawingsOnlyPdf(pageCount = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  for (let index = 0; index < pageCount; index++) {
    const page = pdf.addPage([595, 842])
    for (let row = 0; row < 40; row++) page.drawRectangle({ x: 72, y: 760 - row * 16, width: 400, height: 6 })
  }
  return pdf.save()
}

const PASSWORD_PADDING = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex'
)

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest()

/** RC4, which PDF encryption of this revision uses (and OpenSSL 3 no longer offers by default). */
function rc4(key: Buffer, data: Buffer): Buffer {
  const state = Array.from({ length: 256 }, (_, index) => index)
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + state[i]! + key[i % key.length]!) & 0xff
    ;[state[i], state[j]] = [state[j]!, state[i]!]
  }
  const out = Buffer.alloc(data.length)
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff
    j = (j + state[i]!) & 0xff
    ;[state[i], state[j]] = [state[j]!, state[i]!]
    out[n] = data[n]! ^ state[(state[i]! + state[j]!) & 0xff]!
  }
  return out
}

const padded = (password: string): Buffer =>
  Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PADDING]).subarray(0, 32)

/** A one-page PDF that opens only with `userPassword`: its text is RC4-encrypted. */
export function encryptedPdf(text: string, userPassword = 'river', ownerPassword = 'owner'): Uint8Array {
  const permissions = -44
  const fileId = md5(Buffer.from(text))
  const owner = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword))
  const permissionBytes = Buffer.alloc(4)
  permissionBytes.writeInt32LE(permissions)
  const fileKey = md5(padded(userPassword), owner, permissionBytes, fileId).subarray(0, 5)
  const user = rc4(fileKey, PASSWORD_PADDING)
  const objectKey = (number: number): Buffer =>
    md5(fileKey, Buffer.from([number & 0xff, (number >> 8) & 0xff, number >> 16, 0, 0])).subarray(0, 10)

  const content = Buffer.from(`BT /F1 12 Tf 72 760 Td (${text}) Tj ET`, 'latin1')
  const stream = rc4(objectKey(5), content)
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    null,
    `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${permissions} >>`
  ]
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')]
  const offsets: number[] = []
  let length = chunks[0]!.length
  const push = (chunk: Buffer): void => {
    chunks.push(chunk)
    length += chunk.length
  }
  objects.forEach((body, index) => {
    offsets.push(length)
    const number = index + 1
    if (body === null) {
      push(Buffer.from(`${number} 0 obj\n<< /Length ${stream.length} >>\nstream\n`, 'latin1'))
      push(stream)
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'))
    } else push(Buffer.from(`${number} 0 obj\n${body}\nendobj\n`, 'latin1'))
  })
  const xref = length
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  const id = fileId.toString('hex')
  push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1'
    )
  )
  return Buffer.concat(chunks)
}

export interface ReportSection {
  heading: string
  paragraphs: string[]
}

/**
 * A long report laid out as a word processor would: sections with 14-point headings, 10-point
 * paragraphs in lines of about 90 characters, running onto as many pages as they need, each
 * page with a running header and its number at the foot.
 */
export function reportPages(sections: ReportSection[], header: string): PdfLineSpec[][] {
  const pages: PdfLineSpec[][] = []
  let page: PdfLineSpec[] = []
  let y = 0
  const newPage = (): void => {
    page = [{ text: header, x: 72, y: 800, size: 8 }]
    pages.push(page)
    y = 760
  }
  const place = (text: string, size: number, before: number): void => {
    if (y - before < 80) newPage()
    else y -= before
    page.push({ text, x: 72, y, size })
  }
  newPage()
  y += 12
  for (const { heading, paragraphs } of sections) {
    place(heading, 14, 24)
    for (const paragraph of paragraphs) {
      setLines([paragraph], { width: 90 }).forEach((line, index) => place(line.text, 10, index ? 12 : 20))
    }
  }
  pages.forEach((lines, index) => lines.push({ text: String(index + 1), x: 295, y: 40, size: 8 }))
  return pages
}
