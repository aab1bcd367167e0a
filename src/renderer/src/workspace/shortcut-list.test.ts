import { describe, expect, it } from 'vitest'
import { historyAction, plainKeys, shortcuts } from './shortcut-list'

const chord = (
  key: string,
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>>
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers
})

describe('plainKeys', () => {
  it('maps each single key to its action, case included (j moves, J skips to unreviewed)', () => {
    expect(plainKeys.get('j')).toBe('next')
    expect(plainKeys.get('J')).toBe('next-unreviewed')
    expect(plainKeys.get('2')).toBe('disputed')
    expect(plainKeys.get('/')).toBe('search')
    expect(plainKeys.get('?')).toBe('help')
  })

  it('binds every action except undo and redo to exactly one plain key, and no key twice', () => {
    const plainActions = [...plainKeys.values()]
    const keyed = shortcuts.filter((shortcut) => shortcut.action !== 'undo' && shortcut.action !== 'redo')
    expect(plainActions.sort()).toEqual(keyed.map((shortcut) => shortcut.action).sort())
    const allPlainKeys = shortcuts.flatMap((shortcut) => shortcut.keys.filter((key) => key.length === 1))
    expect(new Set(allPlainKeys).size).toBe(allPlainKeys.length)
  })
})

describe('historyAction', () => {
  it('reads Ctrl+Z and ⌘Z as undo, with Shift as redo', () => {
    expect(historyAction(chord('z', { ctrlKey: true }))).toBe('undo')
    expect(historyAction(chord('z', { metaKey: true }))).toBe('undo')
    expect(historyAction(chord('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo')
    expect(historyAction(chord('Z', { metaKey: true, shiftKey: true }))).toBe('redo')
  })

  it('reads Ctrl+Y as redo, but not ⌘Y or Ctrl+Shift+Y', () => {
    expect(historyAction(chord('y', { ctrlKey: true }))).toBe('redo')
    expect(historyAction(chord('y', { metaKey: true }))).toBeNull()
    expect(historyAction(chord('Y', { ctrlKey: true, shiftKey: true }))).toBeNull()
  })

  it('ignores plain keys and chords with Alt (AltGr on some keyboards types letters)', () => {
    expect(historyAction(chord('z', {}))).toBeNull()
    expect(historyAction(chord('z', { ctrlKey: true, altKey: true }))).toBeNull()
  })
})
