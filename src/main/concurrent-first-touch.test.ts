/**
 * Concurrent changes as the first touch after a start (issue 8): a new services instance on a data
 * folder whose document it has never loaded gets hundreds of changes at once, all through
 * `dispatch`. Every acknowledged change must be in the document file itself and in a store started
 * afresh. Two concurrent changes, repeated on fresh starts, must never lose one either.
 */
import { bootIn } from '../../test/support/boot-in'
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Services } from '../shared/contract'
import { dispatch } from '../shared/dispatch'
import type { ClaimStatus, StoredDocument } from '../shared/model'
import type { Result } from '../shared/result'
import { readJsonFile } from '../../test/support/data-folder'
import { importNew } from '../../test/support/services'
import { longArticle } from '../../test/support/long-article'
import { suiteTempFolder } from '../../test/support/suite-temp-folder'
import { tempFolder } from '../../test/support/temp-folder'

const CONCURRENT_CHANGES = 300
const PAIR_TRIALS = 40
const statuses: ClaimStatus[] = ['verified', 'disputed', 'needs-source']

/** A start on `dataDir` whose store is flushed before the test's folders are removed. */

const bootInVersion = (dataDir: string) => bootIn(dataDir, 'concurrency-test')

/** A data folder holding one long document that no running store has loaded. */
async function folderWithLongDocument(
  dataDir: string
): Promise<{ dataDir: string; documentId: string; claims: number }> {
  const booted = await bootInVersion(dataDir)
  try {
    const text = await longArticle(60_000, 'txt')
    const entry = await importNew(booted.services, 'inquiry.txt', text)
    return { dataDir, documentId: entry.id, claims: entry.claimCount }
  } finally {
    await booted.release()
  }
}

/** Change number `index` (0-based) on claim `c<index+1>`: statuses on even claims, notes on odd. */
function changeFor(index: number) {
  const claimId = `c${index + 1}`
  return index % 2 === 0
    ? { kind: 'set-status' as const, claimId, status: statuses[index % 3] ?? null }
    : { kind: 'set-note' as const, claimId, note: `Checked against source ${index}.` }
}

/** Which of the changes `indexes` a document lacks, named by claim. */
function missingChanges(document: Pick<StoredDocument, 'annotations'>, indexes: number[]): string[] {
  return indexes.flatMap((index) => {
    const change = changeFor(index)
    const review = document.annotations.claims[change.claimId]
    const present =
      change.kind === 'set-status' ? review?.status === change.status : review?.note === change.note
    return present ? [] : [`${change.claimId} ${change.kind}`]
  })
}

function sendChanges(services: Services, documentId: string, indexes: number[]): Promise<Result<unknown>[]> {
  return Promise.all(
    indexes.map((index) => dispatch(services, 'applyChange', { documentId, change: changeFor(index) }))
  )
}

const documentFile = (dataDir: string, documentId: string) => join(dataDir, 'documents', `${documentId}.json`)

describe(`${CONCURRENT_CHANGES} concurrent changes as the first touch after a start`, () => {
  const indexes = Array.from({ length: CONCURRENT_CHANGES }, (_, index) => index)
  let dataDir = ''
  let documentId = ''
  let answers: Result<unknown>[] = []

  beforeAll(async () => {
    const prepared = await folderWithLongDocument(await suiteTempFolder())
    if (prepared.claims < CONCURRENT_CHANGES)
      throw new Error(`The document has only ${prepared.claims} claims.`)
    ;({ dataDir, documentId } = prepared)
    const booted = await bootInVersion(dataDir)
    try {
      answers = await sendChanges(booted.services, documentId, indexes)
    } finally {
      await booted.release()
    }
  }, 60_000)

  it('acknowledges every change', () => {
    const refused = answers.flatMap((answer, index) =>
      answer.ok ? [] : [`${changeFor(index).claimId}: ${answer.error.code} ${answer.error.message}`]
    )
    expect(refused).toEqual([])
  })

  it('has every acknowledged change in the document file on disk', async () => {
    const onDisk = (await readJsonFile(documentFile(dataDir, documentId))) as StoredDocument
    const acknowledged = indexes.filter((index) => answers[index]?.ok)
    expect(missingChanges(onDisk, acknowledged)).toEqual([])
  })

  it('has every acknowledged change in a store started afresh', async () => {
    const booted = await bootInVersion(dataDir)
    try {
      const opened = await dispatch(booted.services, 'openDocument', { documentId })
      if (!opened.ok) throw new Error(`The document did not open: ${opened.error.message}`)
      const acknowledged = indexes.filter((index) => answers[index]?.ok)
      expect(missingChanges(opened.value as StoredDocument, acknowledged)).toEqual([])
    } finally {
      await booted.release()
    }
  })
})

describe('two concurrent changes as the first touch after a start', () => {
  it(`keeps both, in each of ${PAIR_TRIALS} fresh starts`, { timeout: 60_000 }, async () => {
    const template = await folderWithLongDocument(await tempFolder())
    const lost: string[] = []
    for (let trial = 0; trial < PAIR_TRIALS; trial++) {
      const dataDir = await tempFolder()
      await cp(template.dataDir, dataDir, { recursive: true })
      const booted = await bootInVersion(dataDir)
      let answers: Result<unknown>[]
      try {
        answers = await sendChanges(booted.services, template.documentId, [0, 1])
      } finally {
        await booted.release()
      }
      const onDisk = (await readJsonFile(documentFile(dataDir, template.documentId))) as StoredDocument
      const acknowledged = [0, 1].filter((index) => answers[index]?.ok)
      const missing = [
        ...missingChanges(onDisk, acknowledged),
        ...[0, 1].filter((index) => !answers[index]?.ok).map((index) => `${changeFor(index).claimId} refused`)
      ]
      if (missing.length > 0) lost.push(`trial ${trial}: ${missing.join(', ')}`)
    }
    expect(lost).toEqual([])
  })
})
