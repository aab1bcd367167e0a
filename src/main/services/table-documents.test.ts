/**
 * A document with a table through the store: saved and read back whole, and brought up to a new
 * version with its table's review and a highlight in a cell moved to their places.
 */
import { describe, expect, it } from 'vitest'
import type { Services } from '../../shared/contract'
import { tempFolder } from '../../../test/support/temp-folder'
import { importNew, servicesIn } from '../../../test/support/services'

const jobs = (rows: string[]) =>
  [
    '# Jobs in Eastfield',
    '',
    'The jobless rate rose last year, the statistics office said.',
    '',
    '| Year | Rate |',
    '| --- | ---: |',
    ...rows,
    '',
    '1. Fares rose.',
    '2. Routes were cut.',
    ''
  ].join('\n')

async function reviewedJobs(): Promise<{ services: Services; dataDir: string; documentId: string }> {
  const dataDir = await tempFolder()
  const services = await servicesIn(dataDir)
  const documentId = (await importNew(services, 'jobs.md', jobs(['| 2022 | 3% |', '| 2023 | 5% |']))).id
  const document = await services.openDocument({ documentId })
  const cell = document.blocks.find((block) => block.table)!.table!.rows[1]![1]!
  await services.applyChange({
    documentId,
    change: {
      kind: 'add-highlight',
      highlightId: 'h-rate',
      start: cell.start,
      end: cell.end,
      color: 'blue',
      note: 'Check 5%'
    }
  })
  return { services, dataDir, documentId }
}

describe('a document with a table in the store', () => {
  it('reads back exactly as it was saved, table and list numbers included', async () => {
    const { services, dataDir, documentId } = await reviewedJobs()
    const saved = await services.openDocument({ documentId })
    const reopened = await (await servicesIn(dataDir)).openDocument({ documentId })
    expect(reopened.blocks).toEqual(saved.blocks)
    expect(reopened.blocks.map((block) => block.marker ?? block.type)).toEqual([
      'title',
      'paragraph',
      'table',
      '1.',
      '2.'
    ])
    expect(reopened.claims.map((claim) => reopened.text.slice(claim.start, claim.end))).toEqual([
      'The jobless rate rose last year, the statistics office said.',
      'Fares rose.',
      'Routes were cut.'
    ])
  })

  it('moves a highlight in a cell to the same cell of a new version with a row added', async () => {
    const { services, documentId } = await reviewedJobs()
    const asked = await services.importFile({
      fileName: 'jobs.md',
      text: jobs(['| 2021 | 4% |', '| 2022 | 3% |', '| 2023 | 5% |'])
    })
    if (asked.status !== 'needs-decision') throw new Error('expected the new-version question')
    expect(await services.resolveImport({ pendingId: asked.pendingId, decision: 'update' })).toMatchObject({
      status: 'updated',
      orphaned: 0
    })
    const updated = await services.openDocument({ documentId })
    const table = updated.blocks.find((block) => block.table)!.table!
    expect(table.rows).toHaveLength(3)
    const highlight = updated.annotations.highlights[0]!
    expect(highlight.target.position).toEqual({
      start: table.rows[2]![1]!.start,
      end: table.rows[2]![1]!.end
    })
  })
})
