import { fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { keysOn, windowKeyCommands } from '../../../shared/commands/command-keys'
import type { WindowKeyCommandId } from '../../../shared/commands/command-table'
import type { MenuCommand } from '../../../shared/menu-commands'
import { ShortcutsDialog } from './ShortcutsDialog'
import { useShortcuts, type ShortcutHandlers } from './use-shortcuts'

/** A handler for every window key of the command table, each writing down that it ran. */
function recordingHandlers(ran: WindowKeyCommandId[]): ShortcutHandlers {
  const handlers: Partial<ShortcutHandlers> = {}
  for (const row of windowKeyCommands) handlers[row.id] = () => void ran.push(row.id)
  return handlers as ShortcutHandlers
}

function Keys({ handlers }: { handlers: ShortcutHandlers }) {
  useShortcuts(handlers)
  return (
    <>
      <input aria-label="Title" />
      <textarea aria-label="Note" className="note-input" />
    </>
  )
}

function renderKeys() {
  const ran: WindowKeyCommandId[] = []
  render(<Keys handlers={recordingHandlers(ran)} />)
  return ran
}

afterEach(() => {
  delete window.claimcheckMenu
})

describe('useShortcuts', () => {
  it('runs each window key of the command table, and only its own command', () => {
    const ran = renderKeys()
    for (const row of windowKeyCommands) {
      const [binding] = keysOn(row, 'other', false)
      if (!binding) throw new Error(`${row.id} has no key on Windows and Linux`)
      fireEvent.keyDown(document.body, {
        key: binding.key,
        ctrlKey: Boolean(binding.mod),
        shiftKey: Boolean(binding.shift)
      })
    }
    expect(ran).toEqual(windowKeyCommands.map((row) => row.id))
  })

  it('lets a field have its keys, except Escape and Ctrl+P; a note takes the app’s undo', () => {
    const ran = renderKeys()
    const title = screen.getByRole('textbox', { name: 'Title' })
    const note = screen.getByRole('textbox', { name: 'Note' })
    fireEvent.keyDown(title, { key: 'j' })
    fireEvent.keyDown(title, { key: 'z', ctrlKey: true })
    fireEvent.keyDown(title, { key: 'p', ctrlKey: true })
    fireEvent.keyDown(title, { key: 'Escape' })
    fireEvent.keyDown(note, { key: '1' })
    fireEvent.keyDown(note, { key: 'z', ctrlKey: true })
    expect(ran).toEqual(['file.print', 'window.close', 'edit.undo'])
  })

  it('runs the same handlers for the desktop menu’s Review items and Keyboard Shortcuts', () => {
    let send: (command: MenuCommand) => void = () => {}
    window.claimcheckMenu = {
      onCommand: (listener) => {
        send = listener
        return () => {}
      }
    }
    const ran = renderKeys()
    send({ kind: 'review', action: 'disputed' })
    send({ kind: 'review', action: 'next-unreviewed' })
    send({ kind: 'shortcuts' })
    expect(ran).toEqual(['review.disputed', 'review.next-unreviewed', 'help.shortcuts'])
  })
})

describe('ShortcutsDialog', () => {
  const listed = () =>
    within(screen.getByRole('dialog', { name: 'Keyboard shortcuts' }))
      .getAllByRole('definition')
      .map((row) => `${row.previousElementSibling?.textContent} ${row.textContent}`)

  it('lists the window’s keys in the browser, Ctrl+P included, but not the desktop menu’s', () => {
    render(<ShortcutsDialog onClose={() => {}} />)
    expect(listed()[0]).toBe('j Next claim')
    expect(listed().at(-1)).toBe('Ctrl+P Print the article with its marks')
    expect(listed()).toContain('Ctrl+Shift+Z or Ctrl+Y Redo')
    expect(listed()).toContain('Esc Close what is open; from a field, back to the claim')
    expect(listed().some((row) => row.startsWith('Ctrl+Shift+O'))).toBe(false)
  })

  it('adds the menu’s keys, Ctrl+Shift+O among them, in the desktop app', () => {
    window.claimcheckMenu = { onCommand: () => () => {} }
    render(<ShortcutsDialog onClose={() => {}} />)
    expect(listed()).toContain('Ctrl+Shift+O Import a web page from its address')
    expect(listed()).toContain('Ctrl+O Import a file')
  })
})
