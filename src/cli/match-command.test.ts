import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { run } from './run'

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await run(args, {
    stdin: Readable.from([Buffer.from('')]),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) }
  })
  return { code, stdout, stderr }
}

function files(pool: string, queries: string): { pool: string; queries: string } {
  const folder = mkdtempSync(join(tmpdir(), 'claimcheck-match-'))
  writeFileSync(join(folder, 'pool.jsonl'), pool)
  writeFileSync(join(folder, 'queries.jsonl'), queries)
  return { pool: join(folder, 'pool.jsonl'), queries: join(folder, 'queries.jsonl') }
}

const pool = [
  { id: 'fc-1', claim: 'The navy fired 2,481 shells and rockets at the coast during 2019, about 7 a day.' },
  {
    id: 'fc-2',
    claim: 'The navy fired 1,902 shells at the coast during 2019.',
    title: 'Shells at the coast'
  },
  { id: 'fc-3', claim: 'Bread prices rose by a third in the capital last winter.' }
]
  .map((line) => JSON.stringify(line))
  .join('\n')

describe('claimcheck match', () => {
  it('ranks the pool for each query, the same figures and actors first, as JSON lines', async () => {
    const paths = files(
      pool,
      `${JSON.stringify({ id: 'q1', text: 'Under admiral Rui Costa, the navy launched 2,481 shells and rockets at the coast in 2019, averaging 7 per day.' })}\n` +
        `${JSON.stringify({ id: 'q2', text: 'A loaf costs a third more in the capital than a year ago.' })}\n`
    )
    const result = await cli(['match', '--pool', paths.pool, paths.queries, '--top', '2', '--json'])
    expect(result.code).toBe(0)
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((line) => line.id)).toEqual(['q1', 'q2'])
    expect(lines[0].matches.map((match: { id: string }) => match.id)).toEqual(['fc-1', 'fc-2'])
    expect(lines[0].matches[0]).toMatchObject({ sameFacts: true })
    expect(lines[0].matches[0].score).toBeGreaterThan(lines[0].matches[1].score)
    expect(lines[1].matches[0].id).toBe('fc-3')
  })

  it('says which line of which file is wrong', async () => {
    const paths = files(`${pool}\n{"id": "fc-4"}\n`, '{"id":"q1","text":"x"}\n')
    const result = await cli(['match', '--pool', paths.pool, paths.queries])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/pool\.jsonl, line 4: a fact-check line needs "id" and "claim"/)
  })

  it('asks for the pool when it is missing', async () => {
    const result = await cli(['match', 'queries.jsonl'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('match needs --pool FILE')
  })
})
