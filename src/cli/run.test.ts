import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { encryptedPdf, setLines, writePdf } from '../../test/support/pdf-files'
import { run } from './run'

const samplePath = fileURLToPath(new URL('../../resources/sample-article.txt', import.meta.url))

async function cli(args: string[], stdin: string | Uint8Array = '') {
  let stdout = ''
  let stderr = ''
  const code = await run(args, {
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : Buffer.from(stdin)]),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) }
  })
  return { code, stdout, stderr }
}

describe('claimcheck CLI', () => {
  it('prints sentences as JSON, paragraph by paragraph, quotations not merged', async () => {
    const result = await cli(
      ['sentences', '-', '--json'],
      'Title\n\nHe said, "We won. It was close." Then he left.'
    )
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual([
      'Title',
      'He said, "We won.',
      'It was close."',
      'Then he left.'
    ])
  })

  it('prints the sample’s structure, claims and checks as JSON', async () => {
    const result = await cli(['claims', samplePath, '--json'])
    const report = JSON.parse(result.stdout)
    expect(result.code).toBe(0)
    expect(report.title).toMatch(/^Trump Pressures Ukraine/)
    expect(report.blocks.filter((block: { type: string }) => block.type === 'heading')).toHaveLength(7)
    expect(report.claims).toHaveLength(30)
    expect(report.claims[3]).toMatchObject({ kinds: ['numeric', 'date'], quote: null })
    expect(report.checks.map((check: { claims: number[] }) => check.claims)).toEqual([[3], [4], [3, 4]])
  })

  it('says per claim whether it is underlined, next to its score, with the reasons', async () => {
    const report = JSON.parse((await cli(['claims', samplePath, '--json'])).stdout) as {
      claims: { score: number; checkWorthy: boolean; reasons: string[] }[]
    }
    const underlined = report.claims.filter((claim) => claim.checkWorthy)
    // The calibrated line underlines the claims to look at first, not nearly every sentence.
    expect(underlined.length).toBeGreaterThan(0)
    expect(underlined.length / report.claims.length).toBeLessThanOrEqual(0.35)
    const lowestUnderlined = Math.min(...underlined.map((claim) => claim.score))
    expect(report.claims.every((claim) => claim.checkWorthy === claim.score >= lowestUnderlined)).toBe(true)
    expect(report.claims[3]?.reasons).toEqual(['2 figures', 'a date or past event'])
  })

  it('prints a readable table without --json', async () => {
    const result = await cli(['claims', '-'], 'Title\n\nSales rose to 120 a day in 2024.')
    expect(result.stdout).toContain('Number checks: 0')
    expect(result.stdout).toContain('numeric')
  })

  it('reads a Markdown file as the app imports it: its text, not its markup', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'claimcheck-'))
    const path = join(folder, 'note.md')
    writeFileSync(path, '# Field Note\n\nA *claim* with a [link](https://example.org). Another one.\n')
    const result = await cli(['sentences', path, '--json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(['Field Note', 'A claim with a link.', 'Another one.'])
  })

  it('reads an HTML page as the app imports it: the article, never its markup', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'claimcheck-'))
    const path = join(folder, 'page.html')
    const paragraph = 'The ferry carried 1,200 passengers a day in 2024. Fares rose by 10% that year.'
    writeFileSync(
      path,
      `<!doctype html><html><head><title>Ferry Figures</title></head><body><nav><a href="/">Home</a></nav>` +
        `<article><h1>Ferry Figures</h1><div class="lede"><p>${paragraph}</p><p>${paragraph}</p></div></article></body></html>`
    )
    const result = await cli(['claims', path, '--json'])
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.title).toBe('Ferry Figures')
    const claims = report.claims.map((claim: { text: string }) => claim.text)
    expect(claims).toContain('Fares rose by 10% that year.')
    expect(claims.join(' ')).not.toMatch(/[<>]/)
  })

  it('reads standard input as Markdown when told to', async () => {
    const result = await cli(
      ['sentences', '-', '--json', '--format', 'md'],
      '# Title\n\nSome **bold** text. More.'
    )
    expect(JSON.parse(result.stdout)).toEqual(['Title', 'Some bold text.', 'More.'])
  })

  it('reads a PDF file, and a PDF on standard input with --format pdf, as the app imports it', async () => {
    const bytes = await writePdf({
      title: 'Ferry Figures',
      pages: [setLines(['The ferry carried 1,200 passengers a day in 2024. Fares rose by 10% that year.'])]
    })
    const folder = mkdtempSync(join(tmpdir(), 'claimcheck-'))
    writeFileSync(join(folder, 'ferry.pdf'), bytes)
    const fromFile = await cli(['sentences', join(folder, 'ferry.pdf'), '--json'])
    const expected = [
      'Ferry Figures',
      'The ferry carried 1,200 passengers a day in 2024.',
      'Fares rose by 10% that year.'
    ]
    expect([fromFile.code, JSON.parse(fromFile.stdout), fromFile.stderr]).toEqual([0, expected, ''])
    const fromStdin = await cli(['sentences', '-', '--json', '--format', 'pdf'], bytes)
    expect(JSON.parse(fromStdin.stdout)).toEqual(expected)
    const sealed = await cli(['claims', '-', '--format', 'pdf'], encryptedPdf('Fares rose.'))
    expect([sealed.code, sealed.stdout]).toEqual([1, ''])
    expect(sealed.stderr).toMatch(/^claimcheck: “standard-input\.pdf” is password-protected/)
  })

  it('refuses binary input, invalid UTF-8, an unknown format and a missing file with exit code 1', async () => {
    const binary = await cli(['claims', '-'], new Uint8Array([65, 0, 66]))
    expect(binary.code).toBe(1)
    expect(binary.stderr).toMatch(/^claimcheck: “standard-input\.txt” is a binary file, not text/)
    const folder = mkdtempSync(join(tmpdir(), 'claimcheck-'))
    writeFileSync(join(folder, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]))
    const invalid = await cli(['sentences', join(folder, 'latin1.txt')])
    expect([invalid.code, invalid.stderr]).toEqual([
      1,
      'claimcheck: “latin1.txt” is not valid UTF-8 text. Save it as UTF-8 in your editor and import it again.\n'
    ])
    writeFileSync(join(folder, 'notes.rtf'), 'text')
    const unknown = await cli(['claims', join(folder, 'notes.rtf')])
    expect([unknown.code, unknown.stderr]).toEqual([
      1,
      expect.stringContaining('is not a file Claimcheck can import')
    ])
    const missing = await cli(['claims', join(folder, 'absent.txt')])
    expect([missing.code, missing.stdout]).toEqual([1, ''])
    expect(missing.stderr).toContain('no such file')
  })

  it('prints usage for --help, and usage with exit code 1 for a wrong command', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/^Usage: claimcheck/)
    const wrong = await cli(['verify', 'x'])
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('Usage: claimcheck')
  })
})
