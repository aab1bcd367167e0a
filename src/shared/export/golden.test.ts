/**
 * Golden files: the reviewed test article through every exporter, compared byte for byte with the
 * files in test/fixtures/export/golden/. A change to an export's layout shows up here as a diff to review
 * (`npx vitest run src/shared/export -u` rewrites them).
 */
import { describe, expect, it } from 'vitest'
import { exportBackup } from './backup'
import { exportClaimReview } from './claimreview'
import { exportCsv } from './csv'
import { exportedAt, insights, reviewedArticle } from '../../../test/fixtures/export/reviewed-article'
import { exportMarkdown } from './markdown'
import { exportAnnotatedArticle } from './markdown-article'
import { exportReport } from './report-html'
import { exportW3c } from './w3c'

const document = reviewedArticle()
const reviewer = { name: 'Sam Reyes', organisation: 'Riverside Fact Desk' }
const golden = (name: string) => `../../../test/fixtures/export/golden/${name}`

describe('golden exports of the reviewed test article', () => {
  it('Markdown review', async () => {
    await expect(exportMarkdown(document, { exportedAt })).toMatchFileSnapshot(golden('review.md'))
  })

  it('Markdown annotated article', async () => {
    await expect(exportAnnotatedArticle(document, { exportedAt })).toMatchFileSnapshot(golden('article.md'))
  })

  it('report to share (HTML)', async () => {
    const report = exportReport(document, { exportedAt, generator: 'Claimcheck 0.1.0', reviewer })
    await expect(report).toMatchFileSnapshot(golden('report.html'))
  })

  it('W3C Web Annotation collection', async () => {
    const w3c = exportW3c(document, { exportedAt, generator: 'Claimcheck 0.1.0', reviewer })
    await expect(w3c).toMatchFileSnapshot(golden('annotations.jsonld'))
  })

  it('ClaimReview', async () => {
    await expect(exportClaimReview(document, { reviewer, insights })).toMatchFileSnapshot(
      golden('claimreview.jsonld')
    )
  })

  it('CSV', async () => {
    await expect(exportCsv(document, insights)).toMatchFileSnapshot(golden('claims.csv'))
  })

  it('backup', async () => {
    const backup = exportBackup(document, {
      exportedAt,
      generator: 'Claimcheck 0.1.0',
      place: { claimId: 'c3', scrollFraction: 0.25 }
    })
    await expect(backup).toMatchFileSnapshot(golden('backup.claimcheck.json'))
  })
})
