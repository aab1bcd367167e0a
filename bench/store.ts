/**
 * Store benchmark: one annotation change written as Claimcheck does (one document's file, durably)
 * against the naive baseline (the whole library rewritten as one JSON file, durably), on the same
 * library in the same run. Prints JSON.  Run: npx tsx bench/store.ts
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createServices, LibraryStore, writeFileDurably } from '../src/main/core'
import { importNew } from '../test/support/services'
import { inProcessArticleBuilder } from '../test/support/in-process-article-builder'

const DOCUMENTS = 100
const CHANGES = 100

function articleText(seed: number): string {
  const paragraphs = Array.from({ length: 60 }, (_, p) =>
    Array.from(
      { length: 5 },
      (_, s) => `Report ${seed} says figure ${p * 5 + s} rose by ${s + 2}% in ${2000 + p}.`
    ).join(' ')
  )
  return [`Report number ${seed}`, '', ...paragraphs.flatMap((paragraph) => [paragraph, ''])].join('\n')
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'claimcheck-bench-'))
  try {
    const store = await LibraryStore.open(dataDir)
    const services = createServices({
      store,
      platform: { kind: 'browser' },
      version: 'bench',
      articleBuilder: inProcessArticleBuilder
    })
    const ids: string[] = []
    for (let index = 0; index < DOCUMENTS; index++) {
      ids.push((await importNew(services, `report-${index}.txt`, articleText(index))).id)
    }
    const target = ids[0] ?? ''

    let started = performance.now()
    for (let index = 0; index < CHANGES; index++) {
      const status = index % 2 === 0 ? 'verified' : 'disputed'
      await services.applyChange({
        documentId: target,
        change: { kind: 'set-status', claimId: 'c1', status }
      })
    }
    const perDocumentMs = (performance.now() - started) / CHANGES

    const everything = await Promise.all(ids.map((id) => store.openDocument(id)))
    started = performance.now()
    for (let index = 0; index < CHANGES; index++) {
      await writeFileDurably(
        join(dataDir, 'naive-library.json'),
        JSON.stringify({ index, documents: everything })
      )
    }
    const fullRewriteMs = (performance.now() - started) / CHANGES

    console.log(
      JSON.stringify(
        {
          benchmark: 'store-write-per-change',
          documents: DOCUMENTS,
          changes: CHANGES,
          claimcheckMsPerChange: Number(perDocumentMs.toFixed(2)),
          baselineFullRewriteMsPerChange: Number(fullRewriteMs.toFixed(2)),
          speedup: Number((fullRewriteMs / perDocumentMs).toFixed(1))
        },
        null,
        2
      )
    )
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

await main()
