/**
 * What `claimcheck claims` prints: the article's structure, its claims with their analysis, and
 * the number checks (claims referred to by their index in `claims`), as JSON or as a table.
 */
import { checkWorthinessOf, type NumberCheck, type Quote, type QuotedTerm } from '../shared/claims'
import { analyzeArticle } from '../shared/claims/analyze'
import type { Article } from '../shared/model'

export interface ClaimsReport {
  title: string
  blocks: { type: string; text: string }[]
  claims: {
    text: string
    kinds: string[]
    score: number
    /** Whether the reading view underlines it (score at or above the calibrated line). */
    checkWorthy: boolean
    /** Why it may be worth checking: "2 figures", "a named source" … */
    reasons: string[]
    numbers: { text: string; value: number; unit: string | null }[]
    quote: Quote | null
    terms: QuotedTerm[]
  }[]
  checks: { claims: number[]; statement: string; working: string; verdict: NumberCheck['verdict'] }[]
}

export function claimsReport(article: Article): ClaimsReport {
  const analysis = analyzeArticle(article)
  const indexOf = new Map(article.claims.map((claim, index) => [claim.id, index]))
  return {
    title: article.title,
    blocks: article.blocks.map((block) => ({
      type: block.type,
      text: article.text.slice(block.start, block.end)
    })),
    claims: article.claims.map((claim, index) => {
      const claimAnalysis = analysis.claims[index] ?? {
        kinds: [],
        score: 0,
        numbers: [],
        quote: null,
        terms: []
      }
      const { kinds, numbers, quote, terms } = claimAnalysis
      const { score, checkWorthy, reasons } = checkWorthinessOf(claimAnalysis)
      return {
        text: article.text.slice(claim.start, claim.end),
        kinds,
        score,
        checkWorthy,
        reasons,
        numbers: numbers.map(({ text: numberText, value, unit }) => ({ text: numberText, value, unit })),
        quote,
        terms
      }
    }),
    checks: analysis.checks.map((check) => ({
      claims: check.claimIds.map((id) => indexOf.get(id) ?? -1),
      statement: check.statement,
      working: check.working,
      verdict: check.verdict
    }))
  }
}

/** The report as text for a terminal: one line per claim, then the checks. */
export function formatClaimsTable(report: ClaimsReport): string {
  const lines = [report.title, '', '  #  score   kinds                                 claim  (* underlined)']
  report.claims.forEach((claim, index) => {
    const text = claim.text.length > 70 ? `${claim.text.slice(0, 69)}…` : claim.text
    const speaker = claim.quote?.speaker ? ` [${claim.quote.speaker}]` : ''
    lines.push(
      `${String(index).padStart(3)}  ${claim.score.toFixed(2)}${claim.checkWorthy ? '*' : ' '}   ${claim.kinds.join(',').padEnd(38)}${text}${speaker}`
    )
  })
  lines.push('', `Number checks: ${report.checks.length}`)
  for (const check of report.checks) {
    lines.push(
      `  [${check.verdict}] claims ${check.claims.join(', ')}: ${check.statement}`,
      `      ${check.working}`
    )
  }
  return lines.join('\n') + '\n'
}
