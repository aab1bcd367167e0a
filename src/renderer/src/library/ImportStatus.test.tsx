import { screen, within } from '@testing-library/react'
import { useCallback, useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { BackupImportOutcome, ImportOutcome } from '../../../shared/contract'
import { fail, ok, type Result } from '../../../shared/result'
import { testEntry } from '../../../../test/support/renderer/documents'
import { callsTo, deferred, fakeDesktopHost } from '../../../../test/support/renderer/fake-host'
import { renderWithHost } from '../../../../test/support/renderer/render'
import { ImportMenu } from './ImportMenu'
import { ImportStatus } from './ImportStatus'
import { importedMessage } from './imported-message'
import { useImporter } from './use-importer'

const harbour = testEntry('harbour', 'Harbour Bridge Reopens', { unreviewed: 12 })

/** The header's import as the shell wires it: the menu, the status line, and the messages it leaves. */
function ImportShell() {
  const [messages, setMessages] = useState<string[]>([])
  const say = useCallback((message: string) => setMessages((current) => [...current, message]), [])
  const importer = useImporter({
    openDocumentId: null,
    onDone: useCallback((outcome) => say(importedMessage(outcome)), [say]),
    onError: say
  })
  return (
    <>
      <ImportMenu importer={importer} />
      <ImportStatus importer={importer} dragging={false} />
      <ul aria-label="Messages">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </>
  )
}

/** Renders the shell on the desktop port, where main reads the file the open dialog chose. */
function renderImport(
  fromDialog: Promise<Result<ImportOutcome>>,
  more: Parameters<typeof fakeDesktopHost>[0] = {}
) {
  return renderWithHost(<ImportShell />, fakeDesktopHost({ importFromDialog: () => fromDialog, ...more }))
}

const messages = () =>
  within(screen.getByRole('list', { name: 'Messages' }))
    .queryAllByRole('listitem')
    .map((item) => item.textContent)

async function chooseAFile(user: ReturnType<typeof renderImport>['user']) {
  await user.click(screen.getByRole('button', { name: 'Import…' }))
  await user.click(screen.getByRole('menuitem', { name: 'From a file…' }))
}

describe('import status', () => {
  it('says a file is importing while main reads it, then what came in', async () => {
    const answer = deferred<Result<ImportOutcome>>()
    const { user } = renderImport(answer.promise)
    await chooseAFile(user)

    expect(screen.getByRole('status').textContent).toBe('Importing the chosen file…')
    expect(screen.getByRole('button', { name: 'Import…' }).hasAttribute('disabled')).toBe(true)

    answer.resolve(ok({ status: 'imported', entry: harbour }))
    expect(await screen.findByText('Imported “Harbour Bridge Reopens”: 12 claims to review.')).toBeTruthy()
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.getByRole('button', { name: 'Import…' }).hasAttribute('disabled')).toBe(false)
  })

  it('passes on why an import failed, and is ready for the next one', async () => {
    const { user } = renderImport(
      Promise.resolve(
        fail('bad-file', '“notes.docx” is not a file Claimcheck can read: use .txt, .md, .html or .pdf.')
      )
    )
    await chooseAFile(user)
    expect(await screen.findByText(/“notes.docx” is not a file Claimcheck can read/)).toBeTruthy()
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.getByRole('button', { name: 'Import…' }).hasAttribute('disabled')).toBe(false)
  })

  it('asks whether a matching file is a new version, and updates the document on Update', async () => {
    const { user, host } = renderImport(
      Promise.resolve(
        ok({
          status: 'needs-decision',
          kind: 'version',
          pendingId: 'p1',
          title: 'Harbour Bridge',
          existing: harbour
        })
      ),
      { resolveImport: async () => ok({ status: 'updated', entry: harbour, placed: 4, orphaned: 1 }) }
    )
    await chooseAFile(user)
    const question = await screen.findByRole('dialog', {
      name: 'Is this a new version of “Harbour Bridge Reopens”?'
    })
    const update = within(question).getByRole('button', { name: 'Update the document' })
    expect(document.activeElement).toBe(update)

    await user.click(update)
    expect(callsTo(host, 'resolveImport')).toEqual([{ pendingId: 'p1', decision: 'update' }])
    expect(
      await screen.findByText(
        'Updated “Harbour Bridge Reopens”: 4 annotations moved to the new text. 1 annotation could not be placed and is kept as orphans.'
      )
    ).toBeTruthy()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('cancels the question on Escape, importing nothing and saying nothing', async () => {
    const { user, host } = renderImport(
      Promise.resolve(
        ok({
          status: 'needs-decision',
          kind: 'version',
          pendingId: 'p2',
          title: 'Harbour Bridge',
          existing: harbour
        })
      ),
      { resolveImport: async () => ok({ status: 'cancelled' }) }
    )
    await chooseAFile(user)
    await screen.findByRole('dialog')
    await user.keyboard('{Escape}')
    expect(callsTo(host, 'resolveImport')).toEqual([{ pendingId: 'p2', decision: 'cancel' }])
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(messages()).toEqual([])
  })

  it('asks about a backup in its own words, and keeps both when asked to', async () => {
    const { user, host } = renderImport(
      Promise.resolve(
        ok({ status: 'needs-decision', kind: 'backup', pendingId: 'b1', title: 'Harbour', existing: harbour })
      ),
      {
        resolveBackupImport: async (): Promise<Result<BackupImportOutcome>> =>
          ok({ status: 'imported', entry: { ...harbour, id: 'harbour-2' } })
      }
    )
    await chooseAFile(user)
    const question = await screen.findByRole('dialog', {
      name: '“Harbour Bridge Reopens” is still in your library'
    })
    await user.click(within(question).getByRole('button', { name: 'Keep both' }))
    expect(callsTo(host, 'resolveBackupImport')).toEqual([{ pendingId: 'b1', decision: 'keep-both' }])
    expect(await screen.findByText('Imported “Harbour Bridge Reopens”: 12 claims to review.')).toBeTruthy()
  })
})
