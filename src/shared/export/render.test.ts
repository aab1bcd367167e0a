import { describe, expect, it } from 'vitest'
import { parseBackup } from './backup'
import { exportedAt, reviewedArticle } from '../../../test/fixtures/export/reviewed-article'
import { uniqueFileNames } from './file-names'
import { exportFormats, renderExport } from './render'

const context = {
  exportedAt,
  generator: 'Claimcheck test',
  reviewer: { name: '', organisation: '' },
  place: null
}

describe('renderExport', () => {
  it('names each format’s file after the title with its own extension', () => {
    const names = exportFormats.map((format) => renderExport(reviewedArticle(), format, context).fileName)
    expect(names).toEqual([
      'riverside-council-says-water-bills-will-fall-by-12.md',
      'riverside-council-says-water-bills-will-fall-by-12.article.md',
      'riverside-council-says-water-bills-will-fall-by-12.report.html',
      'riverside-council-says-water-bills-will-fall-by-12.annotations.jsonld',
      'riverside-council-says-water-bills-will-fall-by-12.claimreview.jsonld',
      'riverside-council-says-water-bills-will-fall-by-12.csv',
      'riverside-council-says-water-bills-will-fall-by-12.claimcheck.json'
    ])
  })

  it('writes a backup that reads back as the same document', () => {
    const backup = renderExport(reviewedArticle(), 'backup', context)
    expect(parseBackup(backup.fileName, backup.content).document).toEqual(reviewedArticle())
  })
})

describe('uniqueFileNames', () => {
  it('numbers repeated names before their extension, ignoring case and the folder’s own files', () => {
    expect(uniqueFileNames(['a.csv', 'A.csv', 'b.article.md', 'b.article.md'], ['a-2.csv'])).toEqual([
      'a.csv',
      'A-3.csv',
      'b.article.md',
      'b-2.article.md'
    ])
  })
})
