import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { checkWorthinessOf } from '../../../shared/claims'
import { analyzeArticle } from '../../../shared/claims/analyze'
import { testDocument } from '../../../../test/support/renderer/documents'
import { ClaimReading } from './ClaimReading'

// Read by the real claims engine: figures and a named source, then a sentence with neither.
const document = testDocument([
  'The ferry company says fares rose 40% last year, to £12 a crossing, the highest in the country. ' +
    'The bridge looks lovely in the evening light.'
])
const { claims } = analyzeArticle(document)

function facts(claimIndex: number) {
  const analysis = claims[claimIndex]!
  render(<ClaimReading analysis={analysis} checks={[]} onShowCheck={() => {}} />)
  const section = screen.getByRole('region', { name: 'What Claimcheck read' })
  const terms = within(section)
    .getAllByRole('term')
    .map((term) => term.textContent)
  const values = within(section)
    .getAllByRole('definition')
    .map((value) => value.textContent)
  return { analysis, fact: (term: string) => values[terms.indexOf(term)] }
}

describe('ClaimReading: why a claim is check-worthy', () => {
  it('names the reasons the engine gives, the figures first', () => {
    const { analysis, fact } = facts(0)
    const { reasons } = checkWorthinessOf(analysis)
    expect(reasons[0]).toMatch(/figure/)
    expect(fact('Why')).toBe(reasons.join(' · '))
  })

  it('says so when a claim has nothing a fact-checker looks for first', () => {
    const { analysis, fact } = facts(1)
    expect(checkWorthinessOf(analysis).reasons).toEqual([])
    expect(fact('Why')).toBe('Nothing a fact-checker looks for first')
  })
})
