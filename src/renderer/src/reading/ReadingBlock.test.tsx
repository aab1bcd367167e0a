import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { checkWorthinessOf, type NumberCheck } from '../../../shared/claims'
import { analyzeArticle } from '../../../shared/claims/analyze'
import { testDocument } from '../../../../test/support/renderer/documents'
import type { DocumentAnalysis } from '../claims/use-analysis'
import { ReadingBlock } from './ReadingBlock'

// Scored by the real claims engine: a claim with figures and a comparison is above the calibrated
// line; the other two are not, one of them above the old line of 0.5.
const document = testDocument([
  'The ferry company says fares rose 40% last year, to £12 a crossing, the highest in the country. ' +
    'Critics argue the port has lost its way since the merger. ' +
    'The bridge looks lovely in the evening light.'
])
const { claims } = analyzeArticle(document)
const analysis: DocumentAnalysis = {
  claims,
  checks: [],
  byClaim: new Map(claims.map((claim) => [claim.claimId, claim])),
  checksByClaim: new Map()
}
const paragraph = document.blocks[1]!

function renderParagraph(reading: DocumentAnalysis | null = analysis) {
  return render(
    <ReadingBlock
      block={paragraph}
      deck={false}
      text={document.text}
      claims={document.claims}
      formatting={[]}
      marks={[]}
      markStyle={{ highlightColor: new Map(), currentHit: null }}
      reviews={{}}
      selectedClaimId={null}
      tabbableId={document.claims[0]!.id}
      noteHits={new Map()}
      matching={null}
      analysis={reading}
      onSelectClaim={() => {}}
      onShowCheck={(_check: NumberCheck) => {}}
    />
  )
}

const claimNamed = (start: string) =>
  screen.getAllByRole('button').find((element) => element.textContent?.startsWith(start))!

describe('ReadingBlock: the check-worthy underline', () => {
  it('underlines exactly the claims the calibrated check-worthiness marks, as the claim panel and `claims --json` say', () => {
    renderParagraph()
    const flags = claims.map((claim) => checkWorthinessOf(claim).checkWorthy)
    expect(flags).toEqual([true, false, false])
    // The second claim is above the old line (0.5), which would have underlined it.
    expect(claims[1]!.score).toBeGreaterThanOrEqual(0.5)
    const underlined = document.claims
      .map((claim) => document.text.slice(claim.start, claim.end))
      .map((text) => claimNamed(text.slice(0, 20)).classList.contains('claim--worthy'))
    expect(underlined).toEqual(flags)
  })

  it('says which claims are check-worthy to assistive technology, and the rest are plain claims', () => {
    renderParagraph()
    expect(claimNamed('The ferry company').getAttribute('aria-description')).toMatch(/^Check-worthy claim\./)
    expect(claimNamed('Critics argue').getAttribute('aria-description')).toMatch(/^Claim\./)
  })

  it('underlines nothing before the analysis has come', () => {
    const { container } = renderParagraph(null)
    expect(container.querySelectorAll('.claim')).toHaveLength(3)
    expect(container.querySelectorAll('.claim--worthy')).toHaveLength(0)
  })
})
