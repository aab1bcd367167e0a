/**
 * The command line, as a function of its arguments and streams so tests can call it directly.
 *   claimcheck sentences <file|-> [--json]   sentences, paragraph by paragraph
 *   claimcheck claims <file|-> [--json]      claims, their analysis and the number checks
 */
import { normalizeInline } from '../shared/document/build-article'
import { parsePlainText } from '../shared/text/plain-text'
import { segmentSentences } from '../shared/text/segment'
import { claimsReport, formatClaimsTable } from './claims-report'
import { InputError, readInput } from './read-input'

export interface CliIo {
  stdin: AsyncIterable<Uint8Array>
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

export const usage = `Usage: claimcheck <command> <file|-> [--json]

Commands:
  sentences <file|->   print the sentences of a plain-text article (quotations not merged)
  claims <file|->      print the article's structure, claims, their kinds and scores, and number checks

Options:
  --json               print JSON instead of a readable listing
  --help               print this help

"-" reads the article from standard input. The input must be UTF-8 text.
`

/** Runs the CLI; resolves to the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(usage)
    return 0
  }
  const json = args.includes('--json')
  const [command, source, ...extra] = args.filter((arg) => arg !== '--json')
  if ((command !== 'sentences' && command !== 'claims') || !source || extra.length > 0) {
    io.stderr.write(
      `claimcheck: ${command ? `unexpected arguments: ${args.join(' ')}` : 'no command given'}\n\n${usage}`
    )
    return 1
  }
  let text: string
  try {
    text = await readInput(source, io.stdin)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    io.stderr.write(`claimcheck: ${error.message}\n`)
    return 1
  }
  if (command === 'sentences') {
    const sentences = parsePlainText(text, source).blocks.flatMap((block) => {
      const paragraph = normalizeInline(block.text)
      return segmentSentences(paragraph).map((span) => paragraph.slice(span.start, span.end))
    })
    io.stdout.write(
      json ? `${JSON.stringify(sentences, null, 2)}\n` : sentences.map((s) => `${s}\n`).join('')
    )
    return 0
  }
  const report = claimsReport(text, source)
  io.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatClaimsTable(report))
  return 0
}
