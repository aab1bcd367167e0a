import { describe, expect, it } from 'vitest'
import { exportBackup, isBackupFileName, parseBackup } from './backup'
import { exportedAt, reviewedArticle } from '../../../test/fixtures/export/reviewed-article'

describe('backup', () => {
  it('reads back exactly the document it was written from, history and orphans included', () => {
    const document = reviewedArticle()
    const place = { claimId: 'c3', scrollFraction: 0.5 }
    const backup = parseBackup(
      'a.claimcheck.json',
      exportBackup(document, { exportedAt, generator: 'test', place })
    )
    expect(backup.document).toEqual(document)
    expect(backup.place).toEqual(place)
    expect(backup.document.annotations.claims['c1']?.history).toHaveLength(2)
    expect(backup.document.annotations.orphans).toHaveLength(1)
  })

  it.each([
    ['text that is not JSON', 'not json', /is not JSON/],
    ['JSON that is not a backup', '{"title":"x"}', /not a Claimcheck backup/],
    [
      'a backup from a newer Claimcheck',
      JSON.stringify({ format: 'claimcheck-backup', formatVersion: 1, document: { schemaVersion: 99 } }),
      /newer Claimcheck \(data version 99\)/
    ],
    [
      'a backup whose document is damaged',
      exportBackup(reviewedArticle(), { exportedAt, generator: 'test' }).replace(
        '"claims": [',
        '"claims": 7, "x": ['
      ),
      /do not match a Claimcheck document at document\.claims/
    ]
  ])('refuses %s, saying what is wrong', (_label, text, message) => {
    expect(() => parseBackup('old.claimcheck.json', text)).toThrow(message)
  })

  it('brings a backup written before orphans moved into the annotations (data version 1) up to date', () => {
    const { annotations, ...document } = reviewedArticle()
    const { orphans, ...rest } = annotations
    const version1 = { ...document, schemaVersion: 1, annotations: rest, orphans }
    const text = JSON.stringify({
      format: 'claimcheck-backup',
      formatVersion: 1,
      exportedAt,
      generator: 'old',
      document: version1,
      place: null
    })
    expect(parseBackup('old.claimcheck.json', text).document).toEqual(reviewedArticle())
  })

  it('recognises a backup by its double extension, in any case', () => {
    expect([isBackupFileName('Review.CLAIMCHECK.json'), isBackupFileName('review.json')]).toEqual([
      true,
      false
    ])
  })
})
