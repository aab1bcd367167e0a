import { screen, waitFor, within } from '@testing-library/react'
import { useCallback, useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { LibraryHit } from '../../../shared/library/library-search'
import type { LibraryEntry, TrashedEntry } from '../../../shared/model'
import { ok } from '../../../shared/result'
import { fakeHost, type FakeHost } from '../../../../test/support/renderer/fake-host'
import { testEntry, testNow } from '../../../../test/support/renderer/documents'
import { renderWithHost } from '../../../../test/support/renderer/render'
import { useApi } from '../services/service-context'
import { LibraryView } from './LibraryView'

const bridge = testEntry('bridge', 'Harbour Bridge Reopens', {
  verified: 3,
  disputed: 1,
  'needs-source': 0,
  'not-a-claim': 2,
  unreviewed: 4
})
const budget = testEntry('budget', 'City Budget Passes', { verified: 1, unreviewed: 1 })

/** A library in memory behind the fake host: documents, trash, and what search finds inside them. */
function libraryHost(entries: LibraryEntry[], hits: LibraryHit[] = []): FakeHost {
  let documents = [...entries]
  let trash: TrashedEntry[] = []
  return fakeHost({
    listDocuments: async () => ok(documents),
    listTrash: async () => ok(trash),
    listFactChecks: async () => ok([]),
    searchLibrary: async ({ query }) =>
      ok(hits.filter((hit) => hit.snippet.toLowerCase().includes(query.toLowerCase()))),
    trashDocument: async ({ documentId }) => {
      const entry = documents.find((candidate) => candidate.id === documentId)
      if (!entry) throw new Error(`no ${documentId}`)
      documents = documents.filter((candidate) => candidate !== entry)
      trash = [{ ...entry, trashedAt: testNow }, ...trash]
      return ok(undefined)
    },
    restoreDocument: async ({ documentId }) => {
      const entry = trash.find((candidate) => candidate.id === documentId)
      if (!entry) throw new Error(`no ${documentId} in the trash`)
      trash = trash.filter((candidate) => candidate !== entry)
      const { trashedAt: _trashedAt, ...restored } = entry
      documents = [restored, ...documents]
      return ok(restored)
    },
    emptyTrash: async () => {
      const count = trash.length
      trash = []
      return ok(count)
    }
  })
}

/** The library as the shell holds it: the list is read again after every change. */
function Shell({ initial }: { initial: LibraryEntry[] }) {
  const api = useApi()
  const [entries, setEntries] = useState(initial)
  const onChanged = useCallback(async () => {
    const listed = await api.listDocuments({})
    if (listed.ok) setEntries(listed.value)
  }, [api])
  return (
    <LibraryView
      entries={entries}
      currentId="budget"
      onOpen={() => {}}
      onChanged={onChanged}
      onError={(message) => {
        throw new Error(message)
      }}
      factCheckRevision={0}
      onFactChecksChanged={() => {}}
    />
  )
}

function renderLibrary(entries = [bridge, budget], hits: LibraryHit[] = []) {
  return renderWithHost(<Shell initial={entries} />, libraryHost(entries, hits))
}

const documentRows = () =>
  within(screen.getByRole('list', { name: 'Documents' }))
    .getAllByRole('listitem')
    .map((row) => row.getAttribute('aria-label'))

describe('LibraryView', () => {
  it('lists each document with its progress, marking the open one', () => {
    renderLibrary()
    expect(documentRows()).toEqual(['Harbour Bridge Reopens', 'City Budget Passes'])
    const row = screen.getByRole('listitem', { name: 'Harbour Bridge Reopens' })
    // Not-a-claim sentences are out of the count: 4 of 8 claims have a verdict.
    expect(row.textContent).toContain('4 of 8 reviewed')
    expect(screen.getByRole('listitem', { name: 'City Budget Passes' }).className).toContain(
      'library-row--current'
    )
  })

  it('tells the verdict mix in words, leaving "not a claim" out of it', () => {
    renderLibrary()
    const mix = screen.getByRole('img', { name: /^Verdict mix of Harbour Bridge Reopens/ })
    expect(mix.getAttribute('aria-label')).toBe(
      'Verdict mix of Harbour Bridge Reopens: 3 verified, 1 disputed, 0 needs source, 4 unreviewed; 2 not a claim, left out'
    )
    const segments = [...mix.querySelectorAll('.progress-segment')].map((segment) => segment.className)
    expect(segments).toEqual([
      'progress-segment progress-segment--verified',
      'progress-segment progress-segment--disputed',
      'progress-segment progress-segment--unreviewed'
    ])
  })

  it('narrows the list by title as the reader types, and says when nothing matches', async () => {
    const { user } = renderLibrary()
    const search = screen.getByRole('searchbox', { name: 'Search the library' })
    await user.type(search, 'budget')
    expect(documentRows()).toEqual(['City Budget Passes'])
    await user.clear(search)
    await user.type(search, 'zebra')
    expect(screen.queryByRole('list', { name: 'Documents' })).toBeNull()
    expect(screen.getByText(/No document’s title, source, text, notes or tags contain “zebra”/)).toBeTruthy()
  })

  it('finds a document by what its notes say, and shows where', async () => {
    const { user, host } = renderLibrary(
      [bridge, budget],
      [{ documentId: 'bridge', field: 'note', snippet: 'the ministry confirmed the closure' }]
    )
    await user.type(screen.getByRole('searchbox', { name: 'Search the library' }), 'ministry')
    const found = await screen.findByText(/Found in a note/)
    expect(found.closest('li')?.getAttribute('aria-label')).toBe('Harbour Bridge Reopens')
    expect(found.textContent).toContain('the ministry confirmed the closure')
    expect(documentRows()).toEqual(['Harbour Bridge Reopens'])
    expect(host.calls.filter((call) => call.method === 'searchLibrary').map((call) => call.input)).toEqual([
      { query: 'ministry' }
    ])
  })

  it('moves a deleted document to the trash with an Undo that brings it back', async () => {
    const { user } = renderLibrary()
    await user.click(screen.getByRole('button', { name: 'Delete Harbour Bridge Reopens' }))
    expect(screen.getByRole('status').textContent).toContain(
      '“Harbour Bridge Reopens” was moved to the trash.'
    )
    const trash = await screen.findByRole('region', { name: 'Trash' })
    expect(within(trash).getByRole('heading').textContent).toBe('Trash (1)')
    await waitFor(() => expect(documentRows()).toEqual(['City Budget Passes']))

    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Trash' })).toBeNull())
    expect(documentRows()).toEqual(['Harbour Bridge Reopens', 'City Budget Passes'])
  })

  it('empties the trash only once the reader confirms', async () => {
    const { user, host } = renderLibrary()
    await user.click(screen.getByRole('button', { name: 'Delete City Budget Passes' }))
    const trash = await screen.findByRole('region', { name: 'Trash' })
    await user.click(within(trash).getByRole('button', { name: 'Empty trash' }))
    const confirm = within(trash).getByRole('group', { name: 'Confirm emptying the trash' })
    expect(confirm.textContent).toContain('Delete this document for good?')
    await user.click(within(confirm).getByRole('button', { name: 'Keep' }))
    expect(host.calls.some((call) => call.method === 'emptyTrash')).toBe(false)

    await user.click(within(trash).getByRole('button', { name: 'Empty trash' }))
    await user.click(within(trash).getByRole('button', { name: 'Delete for good' }))
    expect(host.calls.filter((call) => call.method === 'emptyTrash')).toHaveLength(1)
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Trash' })).toBeNull())
  })
})
