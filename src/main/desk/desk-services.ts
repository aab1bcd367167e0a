/**
 * The desk's API methods. They talk to a `DeskEngine` when the host made one (both hosts do);
 * without one (tests of other services, the CLI) every desk method says plainly that no desk is
 * connected, so the renderer can build against the contract either way.
 */
import type { Services } from '../../shared/contract'
import { deskMatchingIds, type DeskFilter } from '../../shared/desk/view/desk-filter'
import type { DeskDocumentView, DeskStatus } from '../../shared/desk/desk-types'
import type { LibraryEntry } from '../../shared/model'
import { ApiFailure } from '../../shared/result'

export type DeskMethod =
  | 'deskStatus'
  | 'connectDesk'
  | 'disconnectDesk'
  | 'shareWithDesk'
  | 'deskDocument'
  | 'signOffClaim'
  | 'assignDeskDocument'

export type DeskServices = Pick<Services, DeskMethod>

/** What the services need of the sync engine (`src/main/desk/desk-engine.ts`). */
export interface DeskEngine {
  status(): DeskStatus
  connect(input: { url: string; name: string; password: string }): Promise<DeskStatus>
  disconnect(): Promise<DeskStatus>
  share(documentId: string): Promise<LibraryEntry>
  documentView(documentId: string): Promise<DeskDocumentView | null>
  signOff(input: {
    documentId: string
    claimId: string
    verdict: string
    reason: string
  }): Promise<DeskDocumentView>
  assign(input: { documentId: string; assignee: string }): Promise<DeskDocumentView>
  /** Library entries with their desk document's assignee. */
  decorate(entries: readonly LibraryEntry[]): LibraryEntry[]
  /** Every desk document's view by library id, and who is connected, for All claims' filters. */
  viewsByDocument(): Promise<{ me: string | null; views: Map<string, DeskDocumentView> }>
}

export const NOT_CONNECTED = 'Connect to a desk first (the Desk button in the header).'

export function deskServices(engine: DeskEngine | undefined): DeskServices {
  if (!engine) {
    const notConnected = () => Promise.reject(new ApiFailure('unsupported', NOT_CONNECTED))
    return {
      deskStatus: () => Promise.resolve({ connected: false }),
      connectDesk: () =>
        Promise.reject(
          new ApiFailure('unsupported', 'This copy of Claimcheck was started without the desk.')
        ),
      disconnectDesk: () => Promise.resolve({ connected: false }),
      shareWithDesk: notConnected,
      deskDocument: () => Promise.resolve(null),
      signOffClaim: notConnected,
      assignDeskDocument: notConnected
    }
  }
  return {
    deskStatus: () => Promise.resolve(engine.status()),
    connectDesk: (input) => engine.connect(input),
    disconnectDesk: () => engine.disconnect(),
    shareWithDesk: ({ documentId }) => engine.share(documentId),
    deskDocument: ({ documentId }) => engine.documentView(documentId),
    signOffClaim: (input) => engine.signOff(input),
    assignDeskDocument: (input) => engine.assign(input)
  }
}

/** The rows of desk documents whose claims are in the desk state `filter`; none without a desk. */
export async function claimsInDeskState<Row extends { documentId: string; claimId: string }>(
  engine: DeskEngine | undefined,
  rows: readonly Row[],
  filter: DeskFilter
): Promise<Row[]> {
  if (!engine) return []
  const { me, views } = await engine.viewsByDocument()
  const passing = new Map<string, Set<string>>()
  return rows.filter((row) => {
    const view = views.get(row.documentId)
    if (!view) return false
    let ids = passing.get(row.documentId)
    if (!ids) {
      ids = deskMatchingIds(Object.keys(view.claims), view, filter, me)
      passing.set(row.documentId, ids)
    }
    return ids.has(row.claimId)
  })
}

/** All the services with the desk's: the library list carries each desk document's assignee. */
export function withDesk(engine: DeskEngine | undefined, services: Omit<Services, DeskMethod>): Services {
  const desk = deskServices(engine)
  if (!engine) return { ...services, ...desk }
  return {
    ...services,
    ...desk,
    listDocuments: async (input) => engine.decorate(await services.listDocuments(input)),
    shareWithDesk: desk.shareWithDesk
  }
}
