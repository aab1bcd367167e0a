/** The long article the benchmarks generate: a title, a section heading every 40 paragraphs, ~12-word sentences. */
export function generatedArticle(wordCount: number): string {
  const vocabulary = [
    'budget',
    'council',
    'rose',
    'by',
    '12%',
    'in',
    '2023',
    'according',
    'to',
    'the',
    'report',
    'officials'
  ]
  const lines = ['A Very Long Report On Municipal Budgets', '']
  let written = 0
  for (let paragraph = 0; written < wordCount; paragraph++) {
    if (paragraph % 40 === 0) lines.push(`Section ${paragraph / 40 + 1}`, '')
    const sentences: string[] = []
    for (let sentence = 0; sentence < 6 && written < wordCount; sentence++) {
      const body = Array.from(
        { length: 11 },
        (_, index) => vocabulary[(paragraph + sentence + index) % vocabulary.length]
      )
      sentences.push(`Item ${paragraph}.${sentence} ${body.join(' ')}.`)
      written += 13
    }
    lines.push(sentences.join(' '), '')
  }
  return lines.join('\n')
}
