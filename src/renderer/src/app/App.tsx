/**
 * The app shell: loads the library, opens the last document (or the first), and lays out the
 * header, the reading view and the claim panel.
 */
import { lazy, Suspense, useCallback, useMemo, useLayoutEffect, useState } from 'react'
import { FONT_SIZE_MAX, FONT_SIZE_MIN } from '../../../shared/reading-settings'
import { useHost } from '../services/service-context'
import { useDocument } from '../document/use-document'
import { useReadingSettings } from '../settings/use-reading-settings'
import { ReviewWorkspace } from '../workspace/ReviewWorkspace'
import { ImportMenu } from '../library/ImportMenu'
import { ImportStatus } from '../library/ImportStatus'
import { importedMessage } from '../library/imported-message'
import { useDropAndPaste } from '../library/use-drop-and-paste'
import { useImporter } from '../library/use-importer'
import { DocumentHeader } from './DocumentHeader'
import { Notices } from './Notices'
import { useLibrary } from './use-library'
import { useNotices } from './use-notices'
import { useMenuCommand } from './use-menu-command'
import { useAppUpdates } from './use-app-updates'
import { DeskControl } from '../desk/DeskControl'
import { DeskRevisionWatcher } from '../desk/DeskRevisionWatcher'
import { removeFirstScreen } from './first-screen-handoff'

// The library view loads when it is first opened: the reading view is what a start shows.
const LibraryView = lazy(() =>
  import('../library/LibraryView').then(({ LibraryView }) => ({ default: LibraryView }))
)
const AllClaimsView = lazy(() =>
  import('../all-claims/AllClaimsView').then(({ AllClaimsView }) => ({ default: AllClaimsView }))
)

export function App() {
  const host = useHost()
  const { notices, notify, notifier, showStartupNotices, dismiss } = useNotices()
  const { startup, entries, documentId, setDocumentId, fatal, refreshLibrary, onEntryChanged } =
    useLibrary(showStartupNotices)
  const [view, setView] = useState<'reading' | 'library' | 'claims'>('reading')

  /** Bumped when the open document changed on disk behind the screen (a new version). */
  const [revision, setRevision] = useState(0)
  /** Bumped when the published fact-checks changed (imported or removed), to match claims again. */
  const [factCheckRevision, setFactCheckRevision] = useState(0)
  /** A claim in another document to open on, from "Seen in". */
  const [jump, setJump] = useState<{ documentId: string; claimId: string } | null>(null)
  // A jump is shown once: back from another view, the document opens at the reader's own place.
  const showView = useCallback((next: 'reading' | 'library' | 'claims') => {
    setView(next)
    if (next !== 'reading') setJump(null)
  }, [])

  const libraryTags = useMemo(
    () => entries.filter((entry) => entry.id !== documentId).map((entry) => entry.tags ?? []),
    [entries, documentId]
  )
  const reading = useReadingSettings(
    useCallback((message: string) => notify(message, 'error', undefined, 'settings'), [notify])
  )

  const importer = useImporter({
    openDocumentId: view === 'reading' ? documentId : null,
    onDone: useCallback(
      (outcome) => {
        if (outcome.status === 'fact-checks') {
          setFactCheckRevision((value) => value + 1)
          return notify(importedMessage(outcome), 'info', undefined, 'import')
        }
        void refreshLibrary().then(() => {
          setDocumentId(outcome.entry.id)
          setRevision((value) => value + 1)
          showView('reading')
          notify(
            importedMessage(outcome),
            'info',
            {
              documentId: outcome.entry.id,
              compose: (title) => importedMessage({ ...outcome, entry: { ...outcome.entry, title } })
            },
            'import'
          )
        })
      },
      [refreshLibrary, notify, showView, setDocumentId]
    ),
    onError: useCallback((message: string) => notify(message, 'error', undefined, 'import'), [notify])
  })
  const dragging = useDropAndPaste(importer)

  const onSaveFailed = useCallback(
    (message: string) => notify(`Your last change was not saved: ${message}`, 'error', undefined, 'save'),
    [notify]
  )
  const { document, loadError, saveState, apply, whenSaved } = useDocument(
    documentId,
    { onEntryChanged, onSaveFailed },
    revision
  )

  const entry = entries.find((candidate) => candidate.id === documentId)

  // The host's first screen stays over the app until the app draws what it showed, or something
  // else; a layout effect, so the two swap within one frame.
  const opened =
    fatal !== null ||
    loadError !== null ||
    view !== 'reading' ||
    (startup !== null && (document !== null || entries.length === 0))
  useLayoutEffect(() => {
    if (opened) removeFirstScreen()
  }, [opened])

  const updates = useAppUpdates(
    startup?.host === 'electron',
    whenSaved,
    useCallback((message: string) => notify(message, 'error'), [notify])
  )
  const { automatic, setAutomatic } = updates
  const readingControl = useMemo(
    () => (automatic === null ? reading : { ...reading, updates: { automatic, setAutomatic } }),
    [reading, automatic, setAutomatic]
  )

  // The desktop menu's File and View items: the same handlers as the header's buttons.
  useMenuCommand((command) => {
    if (command.kind === 'import') {
      if (importer.state.phase === 'idle') void host.pickAndImport(importer)
    } else if (command.kind === 'library') showView('library')
    else if (command.kind === 'open-document') {
      void refreshLibrary().then(() => {
        setDocumentId(command.documentId)
        showView('reading')
      })
    } else if (command.kind === 'theme') reading.change({ theme: command.theme })
    else if (command.kind === 'text-size') {
      const step = command.step === 'larger' ? 1 : -1
      const fontSize = Math.min(FONT_SIZE_MAX, Math.max(FONT_SIZE_MIN, reading.settings.fontSize + step))
      reading.change({ fontSize })
    }
  })

  return (
    <div className="app">
      <DeskRevisionWatcher onChange={refreshLibrary} />
      <header className="app-header">
        <span className="app-name">Claimcheck</span>
        <button
          type="button"
          className="button"
          aria-pressed={view === 'library'}
          onClick={() => showView(view === 'library' ? 'reading' : 'library')}
        >
          Library
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={view === 'claims'}
          onClick={() => showView(view === 'claims' ? 'reading' : 'claims')}
        >
          All claims
        </button>
        {startup && <ImportMenu importer={importer} />}
        {view === 'reading' && document && entry && (
          <DocumentHeader
            document={document}
            entry={entry}
            ready={startup !== null}
            whenSaved={whenSaved}
            onEntryChanged={onEntryChanged}
            notify={notify}
          />
        )}
        {updates.offer && (
          <button
            type="button"
            className="button button--small update-offer"
            title={`Claimcheck ${updates.offer.version} is downloaded; restarting installs it. Your work is saved first.`}
            onClick={updates.restart}
          >
            {updates.offer.label}
          </button>
        )}
        {startup && <DeskControl onMessage={notify} />}
      </header>
      <Notices
        notices={notices}
        titleOf={(id) => entries.find((candidate) => candidate.id === id)?.title}
        onDismiss={dismiss}
      />
      <ImportStatus importer={importer} dragging={dragging} />
      <main
        className={
          view === 'library'
            ? 'app-main app-main--library'
            : view === 'claims'
              ? 'app-main app-main--all-claims'
              : 'app-main'
        }
      >
        {view === 'claims' && (
          <Suspense fallback={null}>
            <AllClaimsView
              onJump={(id, claimId) => {
                setJump({ documentId: id, claimId })
                setDocumentId(id)
                showView('reading')
              }}
              onMessage={notifier('all-claims')}
            />
          </Suspense>
        )}
        {view === 'library' && (
          <Suspense fallback={null}>
            <LibraryView
              entries={entries}
              currentId={documentId}
              onOpen={(id) => {
                setJump(null)
                setDocumentId(id)
                showView('reading')
              }}
              onChanged={refreshLibrary}
              onError={(message) => notify(message, 'error', undefined, 'library')}
              factCheckRevision={factCheckRevision}
              onFactChecksChanged={() => setFactCheckRevision((value) => value + 1)}
            />
          </Suspense>
        )}
        {fatal && (
          <p className="app-message" role="alert">
            {fatal}
          </p>
        )}
        {loadError && (
          <p className="app-message" role="alert">
            {loadError}
          </p>
        )}
        {view === 'reading' && !fatal && !loadError && !document && startup && entries.length === 0 && (
          <p className="app-message">The library is empty.</p>
        )}
        {view === 'reading' && document && startup && (
          <ReviewWorkspace
            key={document.id}
            document={document}
            saveState={saveState}
            apply={apply}
            reading={readingControl}
            libraryTags={libraryTags}
            onError={(message) => notify(message, 'error', undefined, 'review')}
            factCheckRevision={factCheckRevision}
            desk={entry?.desk ?? null}
            jumpToClaimId={jump?.documentId === document.id ? jump.claimId : null}
            onJump={(targetId, claimId) => {
              setJump({ documentId: targetId, claimId })
              setDocumentId(targetId)
            }}
          />
        )}
      </main>
    </div>
  )
}
