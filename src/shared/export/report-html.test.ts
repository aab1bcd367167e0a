import { describe, expect, it } from 'vitest'
import { applyChange, type AnnotationChange } from '../annotations/changes'
import { buildArticle } from '../document/build-article'
import { SCHEMA_VERSION, emptyAnnotations, type StoredDocument } from '../model'
import { exportedAt, reviewedArticle } from '../../../test/fixtures/export/reviewed-article'
import { REPORT_CSP, exportReport } from './report-html'

const options = {
  exportedAt,
  generator: 'Claimcheck 0.1.0',
  reviewer: { name: 'Sam Reyes', organisation: '' }
}

/** An article whose every field tries to break out of the HTML it is written into. */
function hostileDocument(): StoredDocument {
  const article = buildArticle({
    title: '</title><script>alert(1)</script>',
    source: 'javascript:alert(2)',
    blocks: [{ type: 'paragraph', text: 'Rents rose <b>40%</b> in "two" years & more.' }]
  })
  let annotations = emptyAnnotations()
  const changes: AnnotationChange[] = [
    { kind: 'set-status', claimId: 'c1', status: 'disputed' },
    { kind: 'set-note', claimId: 'c1', note: '<img src=x onerror=alert(3)>' },
    { kind: 'set-tags', claimId: 'c1', tags: ['"><svg onload=alert(4)>'] },
    {
      kind: 'add-source',
      claimId: 'c1',
      source: {
        id: 's1',
        url: 'https://example.org/?q="><script>',
        title: '<i>x</i>',
        quote: '',
        archiveUrl: 'https://web.archive.org/"onmouseover="alert(5)'
      }
    }
  ]
  for (const change of changes) annotations = applyChange(article, annotations, change, exportedAt)
  return { ...article, schemaVersion: SCHEMA_VERSION, id: 'hostile-1', addedAt: exportedAt, annotations }
}

describe('exportReport', () => {
  it('forbids every request and every script in its Content-Security-Policy', () => {
    const report = exportReport(reviewedArticle(), options)
    expect(report).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP.replaceAll("'", '&#39;')}">`
    )
    expect(REPORT_CSP).toMatch(/^default-src 'none'; /)
    expect(report).not.toMatch(/<script|<link|<img|@import|url\(/i)
  })

  it('escapes everything the article and the reviewer wrote', () => {
    const report = exportReport(hostileDocument(), options)
    expect(report).not.toMatch(/<script|<img|<svg|<b>|<i>|"onmouseover/)
    expect(report).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(report).toContain('Rents rose &lt;b&gt;40%&lt;/b&gt; in &quot;two&quot; years &amp; more.')
    expect(report).toContain('&lt;img src=x onerror=alert(3)&gt;')
    expect(report).toContain('href="https://example.org/?q=&quot;&gt;&lt;script&gt;"')
  })

  it('writes a source that is not a web address as text, never as a link', () => {
    const report = exportReport(hostileDocument(), options)
    expect(report).toContain('<dd>javascript:alert(2)</dd>')
    expect(report).not.toContain('href="javascript:')
  })

  it('lists reviewed claims only, in article order, with their numbers in the article', () => {
    const report = exportReport(reviewedArticle(), options)
    const positions = [...report.matchAll(/<li class="claim [^"]+" id="claim-(\d+)">/g)].map((match) =>
      Number(match[1])
    )
    const { claims, annotations } = reviewedArticle()
    const reviewed = claims
      .map((claim, index) => {
        const review = annotations.claims[claim.id]
        return review && review.status !== 'not-a-claim' ? index + 1 : 0
      })
      .filter(Boolean)
    expect(positions).toEqual(reviewed)
  })

  it('leaves a sentence marked not a claim out of the list and the mix, and says how many', () => {
    const report = exportReport(reviewedArticle(), options)
    expect(report).toContain('<p>4 of 9 claims reviewed. 1 sentence marked not a claim left out.</p>')
    expect(report).not.toContain('More on this story as it develops.')
    expect(report).not.toContain('mix-not-a-claim')
  })
})
