/**
 * `claimcheck match --pool <fact-checks.jsonl> <queries.jsonl> [--top 5] [--json]`: ranks, for each
 * query line `{"id","text"}`, the pool's fact-checks `{"id","claim","title"?}` with the claim index
 * the app matches published fact-checks with (ClaimIndex.rank: BM25 over folded words, figures,
 * names and phrases), printing `{"id","matches":[{"id","score","sameFacts"}]}` per query, one JSON
 * line each.
 * `sameFacts` says whether the app would also show the match (same figures, a shared name).
 */
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { ClaimIndex } from '../shared/claims'
import type { CliIo } from './cli-io'

const PoolLine = z.object({ id: z.string().min(1), claim: z.string(), title: z.string().optional() })
const QueryLine = z.object({ id: z.string().min(1), text: z.string() })

export const matchUsage = `Matching:
  match --pool FACT_CHECKS QUERIES [--top N] [--json]
                       rank the fact-checks of FACT_CHECKS (JSON lines {"id","claim","title"?}) for
                       each line {"id","text"} of QUERIES, best first (5 each unless --top)
`

class MatchInputError extends Error {}

async function readLines<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new MatchInputError(`cannot read ${what} file ${path}: check the path.`)
  }
  return text.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return []
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch {
      throw new MatchInputError(`${path}, line ${index + 1}: not JSON. Each line must be one JSON object.`)
    }
    const parsed = schema.safeParse(json)
    if (!parsed.success) {
      throw new MatchInputError(
        `${path}, line ${index + 1}: a ${what} line needs ${what === 'fact-check' ? '"id" and "claim"' : '"id" and "text"'} as strings.`
      )
    }
    return [parsed.data]
  })
}

/** Runs `claimcheck match …` (args after "match"); resolves to the exit code. */
export async function runMatch(args: string[], io: CliIo): Promise<number> {
  const json = args.includes('--json')
  const poolAt = args.indexOf('--pool')
  const topAt = args.indexOf('--top')
  const top = topAt === -1 ? 5 : Number(args[topAt + 1])
  const positional = args.filter(
    (arg, index) =>
      arg !== '--json' && index !== poolAt && index !== poolAt + 1 && index !== topAt && index !== topAt + 1
  )
  const poolPath = poolAt === -1 ? undefined : args[poolAt + 1]
  const [queriesPath, ...extra] = positional
  if (!poolPath || !queriesPath || extra.length > 0 || !Number.isInteger(top) || top < 1) {
    io.stderr.write(
      `claimcheck: match needs --pool FILE, one QUERIES file and a whole --top.\n\n${matchUsage}`
    )
    return 1
  }
  try {
    const pool = await readLines(poolPath, PoolLine, 'fact-check')
    const queries = await readLines(queriesPath, QueryLine, 'query')
    const index = new ClaimIndex()
    for (const factCheck of pool) {
      index.add({ documentId: 'pool', claimId: factCheck.id }, `${factCheck.claim} ${factCheck.title ?? ''}`)
    }
    for (const query of queries) {
      const matches = index
        .rank(query.text, top)
        .map((match) => ({ id: match.claimId, score: match.similarity, sameFacts: match.sameFacts }))
      io.stdout.write(
        json
          ? `${JSON.stringify({ id: query.id, matches })}\n`
          : `${query.id}: ${matches.map((match) => `${match.id} (${match.score})`).join(', ') || 'no match'}\n`
      )
    }
    return 0
  } catch (error) {
    if (!(error instanceof MatchInputError)) throw error
    io.stderr.write(`claimcheck: ${error.message}\n`)
    return 1
  }
}
