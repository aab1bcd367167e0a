import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseMenuCommand } from '../menu-commands'
import {
  accelerator,
  keyLabel,
  keysOn,
  platformOf,
  windowCommandFor,
  windowKeyCommands,
  type KeyPress
} from './command-keys'
import { commandTable, type CommandRow, type Platform } from './command-table'
import { readmeShortcutRows, shortcutTableRows } from './readme-shortcuts'

const rows: readonly CommandRow[] = commandTable
const platforms: Platform[] = ['mac', 'other']

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers
})

describe('the command table', () => {
  it('gives every command its own id', () => {
    const ids = rows.map((row) => row.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(platforms)('never binds one key to two commands (%s, menu keys included)', (platform) => {
    const keys = rows.flatMap((row) =>
      keysOn(row, platform, true).map((binding) => keyLabel(binding, platform))
    )
    expect(keys.length).toBeGreaterThan(20)
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([])
  })

  it('sends the window only commands it accepts, and every command somewhere a person can reach it', () => {
    for (const row of rows) {
      if ('window' in row.run) expect(parseMenuCommand(row.run.window), row.id).toEqual(row.run.window)
      expect(row.menu !== undefined || (row.keys?.length ?? 0) > 0 || row.context, row.id).toBeTruthy()
    }
  })

  it('has a handler in the window for every command run by a key alone', () => {
    const keyOnly = rows.filter((row) => 'key' in row.run).map((row) => row.id)
    const windowKeys = windowKeyCommands.map((row) => row.id)
    for (const id of keyOnly) expect(windowKeys).toContain(id)
  })

  it('puts About Claimcheck and Open Logs in the Help menu, run by main', () => {
    const help = rows.filter((row) => row.menu === 'help')
    expect(help.map((row) => [row.id, row.label])).toContainEqual(['help.about', 'About Claimcheck'])
    expect(help.map((row) => [row.id, row.label])).toContainEqual(['help.open-logs', 'Open Logs'])
    expect(help.find((row) => row.id === 'help.about')?.run).toEqual({ main: 'about' })
    expect(help.find((row) => row.id === 'help.open-logs')?.run).toEqual({ main: 'open-logs' })
  })
})

describe('keys as people read them and as menus register them', () => {
  const binding = (id: string, index = 0) => {
    const found = rows.find((row) => row.id === id)?.keys?.[index]
    if (!found) throw new Error(`no key ${index} for ${id}`)
    return found
  }

  it('writes chords for each platform', () => {
    expect(keyLabel(binding('file.import-web'), 'other')).toBe('Ctrl+Shift+O')
    expect(keyLabel(binding('file.import-web'), 'mac')).toBe('⌘⇧O')
    expect(keyLabel(binding('file.print'), 'other')).toBe('Ctrl+P')
    expect(keyLabel(binding('window.close'), 'mac')).toBe('Esc')
    expect(keyLabel(binding('review.next-unreviewed'), 'mac')).toBe('J')
  })

  it('maps keys to accelerators as Electron names them, and leaves out keys a menu cannot show', () => {
    expect(
      ['review.next', 'review.next-unreviewed', 'review.verified', 'file.import-web'].map((id) =>
        accelerator(binding(id))
      )
    ).toEqual(['J', 'Shift+J', '1', 'CmdOrCtrl+Shift+O'])
    expect(accelerator(binding('help.shortcuts'))).toBeNull()
    expect(accelerator(binding('window.close'))).toBeNull()
  })

  it('offers Ctrl+Y for redo on Windows and Linux only, and menu keys only where there is a menu', () => {
    const redo = rows.find((row) => row.id === 'edit.redo')
    const importWeb = rows.find((row) => row.id === 'file.import-web')
    if (!redo || !importWeb) throw new Error('missing rows')
    expect(keysOn(redo, 'other', false).map((key) => keyLabel(key, 'other'))).toEqual([
      'Ctrl+Shift+Z',
      'Ctrl+Y'
    ])
    expect(keysOn(redo, 'mac', false).map((key) => keyLabel(key, 'mac'))).toEqual(['⌘⇧Z'])
    expect(keysOn(importWeb, 'other', true)).toHaveLength(1)
    expect(keysOn(importWeb, 'other', false)).toHaveLength(0)
  })

  it('reads the platform from navigator.platform or process.platform', () => {
    expect(['MacIntel', 'darwin', 'iPad', 'Win32', 'Linux x86_64', 'linux'].map(platformOf)).toEqual([
      'mac',
      'mac',
      'mac',
      'other',
      'other',
      'other'
    ])
  })
})

describe('windowCommandFor', () => {
  const idFor = (key: KeyPress) => windowCommandFor(key)?.id ?? null

  it('maps each plain key to its command, case included (j moves, J skips to unreviewed)', () => {
    expect(['j', 'J', '2', '4', '/', '?', 'Escape'].map((key) => idFor(press(key)))).toEqual([
      'review.next',
      'review.next-unreviewed',
      'review.disputed',
      'review.not-a-claim',
      'review.search',
      'help.shortcuts',
      'window.close'
    ])
  })

  it('reads Ctrl+Z and ⌘Z as undo, with Shift as redo, and Ctrl+Y as redo but not ⌘Y', () => {
    expect(idFor(press('z', { ctrlKey: true }))).toBe('edit.undo')
    expect(idFor(press('z', { metaKey: true }))).toBe('edit.undo')
    expect(idFor(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('edit.redo')
    expect(idFor(press('Z', { metaKey: true, shiftKey: true }))).toBe('edit.redo')
    expect(idFor(press('y', { ctrlKey: true }))).toBe('edit.redo')
    expect(idFor(press('y', { metaKey: true }))).toBeNull()
    expect(idFor(press('Y', { ctrlKey: true, shiftKey: true }))).toBeNull()
  })

  it('takes Ctrl+P for printing, as a chord, and leaves menu-only keys to the menu', () => {
    expect(windowCommandFor(press('p', { ctrlKey: true }))).toEqual({ id: 'file.print', chord: true })
    expect(windowCommandFor(press('j'))).toEqual({ id: 'review.next', chord: false })
    expect(idFor(press('o', { ctrlKey: true }))).toBeNull()
    expect(idFor(press('O', { ctrlKey: true, shiftKey: true }))).toBeNull()
  })

  it('ignores plain keys with Ctrl or ⌘, and chords with Alt (AltGr on some keyboards types letters)', () => {
    expect(idFor(press('j', { ctrlKey: true }))).toBeNull()
    expect(idFor(press('1', { metaKey: true }))).toBeNull()
    expect(idFor(press('z', { ctrlKey: true, altKey: true }))).toBeNull()
    expect(idFor(press('j', { altKey: true }))).toBeNull()
  })
})

describe("the README's shortcut table", () => {
  it('is the one the command table writes (npm run docs:shortcuts)', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../README.md'), 'utf8')
    expect(readmeShortcutRows(readme)).toEqual(shortcutTableRows())
  })

  it('lists Ctrl+Shift+O and Ctrl+P, and macOS keys where they differ', () => {
    const table = shortcutTableRows()
    expect(table).toContainEqual({
      keys: '`Ctrl+Shift+O` (`⌘⇧O`)',
      does: 'Import a web page from its address (desktop app)'
    })
    expect(table).toContainEqual({ keys: '`Ctrl+P` (`⌘P`)', does: 'Print the article with its marks' })
    expect(table).toContainEqual({ keys: '`Ctrl+Shift+Z`, `Ctrl+Y` (`⌘⇧Z`)', does: 'Redo' })
    expect(table.find((row) => row.keys === '`j`')?.does).toBe(
      'Next claim: focus moves, the claim scrolls into view'
    )
  })
})
