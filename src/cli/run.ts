/**
 * The command line, as a function of its arguments and streams so tests can call it directly.
 *   claimcheck sentences <file|-> [--json]   sentences, paragraph by paragraph
 *   claimcheck claims <file|-> [--json]      claims, their analysis and the number checks
 *   claimcheck match --pool <jsonl> <jsonl>   published fact-checks ranked for each query
 */
import { articleFromFile } from '../main/core'
import type { Article } from '../shared/model'
import { ApiFailure } from '../shared/result'
import { segmentSentences } from '../shared/text/segment'
import type { CliIo } from './cli-io'
import { claimsReport, formatClaimsTable } from './claims-report'
import { libraryUsage, runLibraryCommand } from './library-commands'
import { matchUsage, runMatch } from './match-command'
import { InputError, readInput, stdinFormats } from './read-input'

export const usage = `Usage: claimcheck <command> <file|-> [--json] [--format txt|md|html|pdf]

Commands:
  sentences <file|->   print the sentences of an article (quotations not merged)
  claims <file|->      print the article's structure, claims, their kinds and scores, and number checks

Options:
  --json               print JSON instead of a readable listing
  --format FORMAT      the format of standard input: txt (the default), md, html or pdf
  --help               print this help

A .txt, .md, .html or .pdf file is read exactly as the app imports it: the article is extracted
from an HTML page, Markdown is rendered to its text, a PDF's text is rebuilt into paragraphs.
"-" reads the article from standard input.

${matchUsage}
${libraryUsage}`

/** Runs the CLI; resolves to the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(usage)
    return 0
  }
  if (args[0] === 'list' || args[0] === 'export') return runLibraryCommand(args, io)
  if (args[0] === 'match') return runMatch(args.slice(1), io)
  const json = args.includes('--json')
  const formatAt = args.indexOf('--format')
  const format = formatAt === -1 ? 'txt' : args[formatAt + 1]
  const rest = args.filter(
    (arg, index) => arg !== '--json' && (formatAt === -1 || (index !== formatAt && index !== formatAt + 1))
  )
  const [command, source, ...extra] = rest
  const knownFormat = format !== undefined && Object.hasOwn(stdinFormats, format)
  if ((command !== 'sentences' && command !== 'claims') || !source || extra.length > 0 || !knownFormat) {
    io.stderr.write(
      `claimcheck: ${command ? `unexpected arguments: ${args.join(' ')}` : 'no command given'}\n\n${usage}`
    )
    return 1
  }
  let article: Article
  try {
    article = await articleFromFile(await readInput(source, io.stdin, format as keyof typeof stdinFormats))
  } catch (error) {
    if (!(error instanceof InputError) && !(error instanceof ApiFailure)) throw error
    io.stderr.write(`claimcheck: ${error.message}\n`)
    return 1
  }
  if (command === 'sentences') {
    const sentences = article.blocks.flatMap((block) => {
      const paragraph = article.text.slice(block.start, block.end)
      return segmentSentences(paragraph).map((span) => paragraph.slice(span.start, span.end))
    })
    io.stdout.write(
      json ? `${JSON.stringify(sentences, null, 2)}\n` : sentences.map((s) => `${s}\n`).join('')
    )
    return 0
  }
  const report = claimsReport(article)
  io.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatClaimsTable(report))
  return 0
}
