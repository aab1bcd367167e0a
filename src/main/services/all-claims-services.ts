/**
 * Review across documents: All claims (every claim of every document, filtered in the view and
 * exported like a document) and library search through the articles' text, notes and tags. Both
 * read the library digest, which reads a document again only after it changed.
 */
import { writeFile } from 'node:fs/promises'
import type { ExportedFile, Services } from '../../shared/contract'
import {
  filterAllClaims,
  noAllClaimsFilter,
  type AllClaimsFilter,
  type LibraryClaim
} from '../../shared/all-claims/all-claims'
import { deskFilterLabel, type DeskFilter } from '../../shared/desk/view/desk-filter'
import { claimsInDeskState } from '../desk/desk-services'
import { filterInWords } from '../../shared/all-claims/filter-words'
import { findInDocument } from '../../shared/library/library-search'
import { ApiFailure } from '../../shared/result'
import { LibraryDigest } from './library-digest'
import type { ServiceDeps } from './service-deps'

type AllClaimsServices = Pick<
  Services,
  'listAllClaims' | 'exportAllClaims' | 'saveAllClaimsExport' | 'searchLibrary'
>

export function allClaimsServices(
  {
    store,
    platform,
    now,
    matcher,
    desk
  }: Pick<ServiceDeps, 'store' | 'platform' | 'now' | 'matcher' | 'desk'>,
  digest = new LibraryDigest(store)
): AllClaimsServices {
  /** Every claim on the shelf, each saying whether it is reviewed in another document too. */
  const libraryClaims = async (): Promise<LibraryClaim[]> => {
    const rows = (await digest.all()).flatMap((document) => document.claims)
    const seen = await matcher.seenElsewhere(rows)
    return rows.map((row) => ({ ...row, seenElsewhere: seen.has(`${row.documentId}:${row.claimId}`) }))
  }
  /** The claims that pass `filter`, and with `deskState` only the desk documents' claims in it. */
  const claimsPassing = async (filter: AllClaimsFilter, deskState?: DeskFilter) => {
    const rows = filterAllClaims(await libraryClaims(), filter)
    return deskState ? claimsInDeskState(desk, rows, deskState) : rows
  }
  const titleOf = (documentId: string) =>
    store.index.documents.find((entry) => entry.id === documentId)?.title
  const render = async (
    filter: AllClaimsFilter,
    format: 'markdown' | 'csv',
    deskState?: DeskFilter
  ): Promise<ExportedFile> => {
    const rows = await claimsPassing(filter, deskState)
    const stamp = now().toISOString()
    const day = stamp.slice(0, 10)
    // Loaded on the first export, not at start (it brings the Markdown and YAML writers).
    const { exportAllClaimsCsv, exportAllClaimsMarkdown } =
      await import('../../shared/export/all-claims-export')
    return format === 'csv'
      ? { fileName: `all-claims-${day}.csv`, mimeType: 'text/csv', content: exportAllClaimsCsv(rows) }
      : {
          fileName: `all-claims-${day}.md`,
          mimeType: 'text/markdown',
          content: exportAllClaimsMarkdown(rows, {
            exportedAt: stamp,
            filter: [
              filterInWords(filter, undefined, titleOf),
              ...(deskState ? [`desk: ${deskFilterLabel[deskState].toLowerCase()}`] : [])
            ]
              .filter(Boolean)
              .join('; ')
          })
        }
  }

  return {
    listAllClaims: ({ desk: deskState }) => claimsPassing(noAllClaimsFilter, deskState),

    exportAllClaims: ({ filter, format, desk: deskState }) => render(filter, format, deskState),

    async saveAllClaimsExport({ filter, format, desk: deskState }) {
      if (!platform.chooseSavePath)
        throw new ApiFailure('unsupported', 'Saving through a dialog is only available in the desktop app.')
      const file = await render(filter, format, deskState)
      const location = await platform.chooseSavePath(file.fileName)
      if (!location) return { saved: false, location: null }
      await writeFile(location, file.content, 'utf8')
      return { saved: true, location }
    },

    async searchLibrary({ query }) {
      const documents = await digest.all()
      return documents.flatMap((document) => {
        const hit = findInDocument(document.search, query)
        return hit ? [hit] : []
      })
    }
  }
}
