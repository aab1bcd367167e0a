import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { libraryZipName, zipExports } from './library-zip'

describe('zipExports', () => {
  it('holds one file per export, with same-named exports numbered apart', () => {
    const zip = unzipSync(
      zipExports([
        { fileName: 'budget-report.csv', content: '\uFEFFposition,claim\r\n1,“Up 3%”\r\n' },
        { fileName: 'budget-report.csv', content: 'second' },
        { fileName: 'water-prices.csv', content: 'third' }
      ])
    )
    expect(Object.keys(zip)).toEqual(['budget-report.csv', 'budget-report-2.csv', 'water-prices.csv'])
    // The CSV's BOM (for Excel) must survive: decode without stripping it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(zip['budget-report.csv'])
    expect(text).toBe('\uFEFFposition,claim\r\n1,“Up 3%”\r\n')
  })

  it('names the archive after the format', () => {
    expect(libraryZipName('markdown-article')).toBe('claimcheck-library-markdown-article.zip')
  })
})
