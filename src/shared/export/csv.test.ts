import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS, csvField, exportCsv } from './csv'
import { insights, reviewedArticle } from '../../../test/fixtures/export/reviewed-article'

/** A small RFC 4180 reader, to check the export parses back to the cells that went in. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const endField = () => {
    row.push(field)
    field = ''
  }
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    const next = text[index + 1]
    if (quoted && char === '"' && next === '"') {
      field += '"'
      index++
    } else if (char === '"') quoted = !quoted
    else if (quoted) field += char
    else if (char === ',') endField()
    else if (char === '\r' && next === '\n') {
      endField()
      rows.push(row)
      row = []
      index++
    } else field += char
  }
  return rows
}

describe('csvField', () => {
  it.each([
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-5% on last year', "'-5% on last year"],
    ['@mayor', "'@mayor"],
    ['\tindented', "'\tindented"],
    ['\rreturn', `"'\rreturn"`]
  ])('defuses %j, which a spreadsheet would run as a formula', (value, expected) => {
    expect(csvField(value)).toBe(expected)
  })

  it('quotes a field holding a comma, a quote or a line break, doubling the quotes', () => {
    expect([csvField('a, b'), csvField('say "no"'), csvField('one\ntwo'), csvField('plain')]).toEqual([
      '"a, b"',
      '"say ""no"""',
      '"one\ntwo"',
      'plain'
    ])
  })
})

describe('exportCsv', () => {
  const csv = exportCsv(reviewedArticle(), insights)

  it('starts with a UTF-8 byte-order mark and ends every row with CRLF', () => {
    expect(csv.startsWith('\uFEFFposition,claim,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('has one row per claim, reviewed or not, in reading order, that parses back to its cells', () => {
    const [header, ...rows] = parseCsv(csv.slice(1))
    expect(header).toEqual([...CSV_COLUMNS])
    expect(rows.map((row) => row[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    expect(rows[2]?.[1]).toBe('Mayor Ines Caldwell said: "This is the largest cut in the city’s history."')
    expect(rows[2]?.[3]).toBe(
      'A 1998 cut was 18%, larger than this one.\nThe archive has the notice.\n\nAsk the mayor’s office which years they compared.'
    )
    expect(rows[8]?.[1]).toBe("'=SUM(A1:A3) was the formula in the leaked spreadsheet.")
  })

  it('keeps a sentence marked not a claim as a row with that status (it is the reviewer’s data)', () => {
    const [, ...rows] = parseCsv(csv.slice(1))
    expect(rows[9]?.slice(0, 3)).toEqual(['10', 'More on this story as it develops.', 'Not a claim'])
  })
})
