import { describe, expect, it } from 'vitest'
import { parseMenuCommand } from '../../shared/menu-commands'
import { toContextTemplate } from './application-menu'
import { buildContextMenu, webSearchUrl, type ContextAction, type ContextParams } from './context-menu'

const click = (params: Partial<ContextParams>): ContextParams => ({
  isEditable: false,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  onAppPage: true,
  ...params
})
const labels = (params: Partial<ContextParams>) =>
  buildContextMenu(click(params)).map((entry) => entry.label ?? entry.role ?? entry.type)

describe('the context menu', () => {
  it('offers Copy, the four statuses, Highlight and a web search in the reading view', () => {
    expect(labels({ selectionText: 'The river rose by\n3 metres in 2024, officials said.' })).toEqual([
      'copy',
      'separator',
      'Mark Verified',
      'Mark Disputed',
      'Mark Needs Source',
      'Mark Not a Claim',
      'Highlight',
      'separator',
      'Search the Web for “The river rose by 3 metres in…”'
    ])
  })

  it('greys out Copy and leaves out the search when nothing is selected', () => {
    const menu = buildContextMenu(click({}))
    expect(menu[0]).toEqual({ role: 'copy', enabled: false })
    expect(menu.some((entry) => entry.action?.kind === 'search-web')).toBe(false)
  })

  it('sends the window commands it accepts', () => {
    for (const entry of buildContextMenu(click({ selectionText: 'x' }))) {
      if (entry.command) expect(parseMenuCommand(entry.command)).toEqual(entry.command)
    }
  })

  it('offers spelling suggestions and Add to Dictionary in a field', () => {
    const menu = buildContextMenu(
      click({
        isEditable: true,
        misspelledWord: 'goverment',
        dictionarySuggestions: ['government', 'governments']
      })
    )
    expect(menu.slice(0, 3)).toEqual([
      { label: 'government', action: { kind: 'replace-misspelling', word: 'government' } },
      { label: 'governments', action: { kind: 'replace-misspelling', word: 'governments' } },
      { label: 'Add “goverment” to Dictionary', action: { kind: 'add-to-dictionary', word: 'goverment' } }
    ])
    expect(labels({ isEditable: true })).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll'])
    expect(labels({ isEditable: true, misspelledWord: 'qzx' })[0]).toBe('No Guesses Found')
  })

  it('shows nothing on a page that is not the app', () => {
    expect(buildContextMenu(click({ onAppPage: false, selectionText: 'x' }))).toEqual([])
  })

  it('searches the web with the words, encoded', () => {
    expect(webSearchUrl(' 3 metres &\n“rose” ')).toBe(
      'https://duckduckgo.com/?q=3%20metres%20%26%20%E2%80%9Crose%E2%80%9D'
    )
  })
})

describe('toContextTemplate', () => {
  it('sends statuses to the window and runs spelling and search in main', () => {
    const sent: unknown[] = []
    const ran: ContextAction[] = []
    const target = {
      sendCommand: (c: unknown) => void sent.push(c),
      runContextAction: (a: ContextAction) => void ran.push(a)
    }
    const reading = toContextTemplate(buildContextMenu(click({ selectionText: 'rose' })), target)
    reading.find((item) => item.label === 'Mark Disputed')?.click?.()
    reading.find((item) => item.label?.startsWith('Search the Web'))?.click?.()
    const field = toContextTemplate(
      buildContextMenu(
        click({ isEditable: true, misspelledWord: 'goverment', dictionarySuggestions: ['government'] })
      ),
      target
    )
    field[0]?.click?.()
    expect(sent).toEqual([{ kind: 'review', action: 'disputed' }])
    expect(ran).toEqual([
      { kind: 'search-web', text: 'rose' },
      { kind: 'replace-misspelling', word: 'government' }
    ])
  })
})
