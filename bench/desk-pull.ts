/**
 * A new member pulling a desk of 1,000 documents × 3 reviewers: the time until the member's
 * library holds every article (as documents with exactly their claims) and the replica every
 * review, and the process's peak memory. Baseline in the same run: the same `_changes` read with
 * plain fetch and thrown away (the transfer alone). Prints JSON.
 * Run: npx tsx bench/desk-pull.ts [--documents 1000]
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { startDesk } from '../test/support/couch-server'
import { openMember, leave } from '../test/support/desk-members'

const at = process.argv.indexOf('--documents')
const DOCUMENTS = at === -1 ? 1000 : Number(process.argv[at + 1])
const REVIEWERS = ['ana', 'ben', 'cy']
const SENTENCES = 30
const statuses = ['verified', 'disputed', 'needs-source'] as const

function articleRecord(n: number) {
  const sentences = Array.from(
    { length: SENTENCES },
    (_, s) => `Spending on item ${s} in district ${n} rose ${s + 2}% in ${2000 + s}.`
  )
  const paragraphs: string[][] = []
  for (let s = 0; s < SENTENCES; s += 5) paragraphs.push(sentences.slice(s, s + 5))
  let text = ''
  const blocks: { type: string; start: number; end: number }[] = []
  const claims: { id: string; start: number; end: number }[] = []
  for (const paragraph of paragraphs) {
    if (text) text += '\n\n'
    const start = text.length
    paragraph.forEach((sentence, i) => {
      if (i > 0) text += ' '
      claims.push({ id: `c${claims.length + 1}`, start: text.length, end: text.length + sentence.length })
      text += sentence
    })
    blocks.push({ type: 'paragraph', start, end: text.length })
  }
  const deskDocId = `district-${n}`
  return {
    _id: `article:${deskDocId}`,
    type: 'article',
    deskDocId,
    title: `District ${n} spending`,
    text,
    blocks,
    claims,
    source: `https://news.example.org/district-${n}`,
    sharedBy: 'ana',
    sharedAt: '2026-12-06T10:00:00.000Z'
  }
}

function reviewRecord(n: number, member: string, r: number) {
  const claims: Record<string, unknown> = {}
  for (let c = 1; c <= 10; c++) {
    claims[`c${c * 3}`] = {
      status: statuses[(n + c + r) % 3],
      note: `${member} checked district ${n} item ${c}`,
      sources: [{ url: `https://stats.example.org/${n}/${c}`, title: 'Statistics office' }],
      tags: ['budget'],
      updatedAt: '2026-12-06T11:00:00.000Z'
    }
  }
  const deskDocId = `district-${n}`
  return {
    _id: `review:${deskDocId}:${member}`,
    type: 'review',
    deskDocId,
    member,
    claims,
    highlights: [],
    updatedAt: '2026-12-06T11:00:00.000Z'
  }
}

async function main(): Promise<void> {
  const desk = await startDesk([
    ...REVIEWERS.map((name) => ({ name, role: 'checker' as const })),
    { name: 'nova', role: 'checker' }
  ])
  const root = await mkdtemp(join(tmpdir(), 'claimcheck-bench-desk-pull-'))
  const admin = `Basic ${Buffer.from('admin:admin-secret').toString('base64')}`
  try {
    const docs: unknown[] = []
    for (let n = 0; n < DOCUMENTS; n++) {
      docs.push(articleRecord(n))
      REVIEWERS.forEach((member, r) => docs.push(reviewRecord(n, member, r)))
    }
    for (let start = 0; start < docs.length; start += 500) {
      const response = await fetch(`${desk.deskUrl}/_bulk_docs`, {
        method: 'POST',
        headers: { authorization: admin, 'content-type': 'application/json' },
        body: JSON.stringify({ docs: docs.slice(start, start + 500) })
      })
      if (!response.ok) throw new Error(`Filling the desk failed: ${response.status}`)
    }

    const member = `Basic ${Buffer.from('nova:nova-password').toString('base64')}`
    let started = performance.now()
    let since = '0'
    let bytes = 0
    for (;;) {
      const response = await fetch(
        `${desk.deskUrl}/_changes?since=${encodeURIComponent(since)}&limit=200&include_docs=true&conflicts=true`,
        { headers: { authorization: member } }
      )
      const text = await response.text()
      bytes += text.length
      const answer = JSON.parse(text) as { results: unknown[]; last_seq: string | number }
      since = String(answer.last_seq)
      if (answer.results.length === 0) break
    }
    const transferMs = performance.now() - started

    global.gc?.()
    const baseRss = process.memoryUsage().rss
    let peakRss = baseRss
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20)
    started = performance.now()
    const nova = await openMember(join(root, 'nova'), 'nova', { pollWaitMs: 25_000 })
    await nova.services.connectDesk({ url: desk.deskUrl, name: 'nova', password: 'nova-password' })
    await nova.engine.whenSynced()
    const pullMs = performance.now() - started
    clearInterval(sampler)
    const library = await nova.services.listDocuments({})
    const sample = await nova.services.deskDocument({ documentId: 'district-7' })
    console.log(
      JSON.stringify({
        bench: 'desk-pull',
        documents: DOCUMENTS,
        reviewers: REVIEWERS.length,
        records: docs.length,
        changesBytes: bytes,
        baselineTransferOnly: { ms: Math.round(transferMs) },
        newMemberPull: {
          ms: Math.round(pullMs),
          perDocumentMs: +(pullMs / DOCUMENTS).toFixed(2),
          peakRssMb: Math.round(peakRss / 1e6),
          rssGrowthMb: Math.round((peakRss - baseRss) / 1e6)
        },
        ratioToTransfer: +(pullMs / transferMs).toFixed(2),
        libraryDocuments: library.length,
        sampleVerdicts: Object.values(sample?.claims ?? {}).reduce(
          (sum, claim) => sum + claim.verdicts.length,
          0
        )
      })
    )
    await leave(nova)
  } finally {
    await desk.server.close()
    await rm(root, { recursive: true, force: true })
  }
}

await main()
