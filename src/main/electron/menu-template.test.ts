/**
 * The application menu: every item does something, no two share a key, the review keys are the
 * window's own, and each platform gets its conventional layout.
 */
import { describe, expect, it } from 'vitest'
import { accelerator, keysOn, platformOf } from '../../shared/commands/command-keys'
import { commandTable, type CommandRow } from '../../shared/commands/command-table'
import { exportFormats } from '../../shared/export/formats'
import { parseMenuCommand, type MenuCommand } from '../../shared/menu-commands'
import { toElectronTemplate } from './application-menu'
import { buildMenuTemplate, type MenuEntry } from './menu-template'

const platforms: NodeJS.Platform[] = ['darwin', 'win32', 'linux']
const recent = [
  { documentId: 'sample-article', title: 'The sample article' },
  { documentId: 'a-1', title: 'x'.repeat(200) }
]
const template = (platform: NodeJS.Platform, withRecent = recent) =>
  buildMenuTemplate({ platform, appName: 'Claimcheck', recent: withRecent })

function leaves(entries: MenuEntry[]): MenuEntry[] {
  return entries.flatMap((entry) => (entry.submenu ? leaves(entry.submenu) : [entry]))
}
const labelled = (entries: MenuEntry[], label: string): MenuEntry | undefined =>
  entries.find((entry) => entry.label?.replace('&', '') === label)

describe('the application menu', () => {
  it.each(platforms)('gives every item an action on %s', (platform) => {
    for (const item of leaves(template(platform))) {
      if (item.type === 'separator' || item.enabled === false) continue
      const acts = [item.role, item.command, item.mainAction].filter(Boolean)
      expect(acts, `${item.label ?? item.role}`).toHaveLength(1)
    }
  })

  it.each(platforms)('sends only commands the window accepts on %s', (platform) => {
    const commands = leaves(template(platform)).flatMap((item) => (item.command ? [item.command] : []))
    for (const command of commands) expect(parseMenuCommand(command)).toEqual(command)
    expect(commands.filter((command) => command.kind === 'export').map((c) => c.format)).toEqual([
      ...exportFormats
    ])
  })

  it.each(platforms)('never gives two items the same key on %s', (platform) => {
    const keys = leaves(template(platform)).flatMap((item) => (item.accelerator ? [item.accelerator] : []))
    expect(keys.length).toBeGreaterThan(8)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it.each(platforms)(
    'shows each command the table puts in a menu once, with its label and key, on %s',
    (platform) => {
      const items = leaves(template(platform))
      for (const row of commandTable as readonly CommandRow[]) {
        if (!row.menu) continue
        const found = items.filter((item) => item.id === row.id)
        expect(found, row.id).toHaveLength(1)
        const binding = keysOn(row, platformOf(platform), true).find((candidate) => accelerator(candidate))
        expect(found[0]?.label).toBe(row.label)
        expect(found[0]?.accelerator, row.id).toBe(binding ? accelerator(binding) : undefined)
      }
      // Every other item that does something is Electron's own, a recent document or an export format.
      for (const item of items) {
        if (item.id || item.role || item.type === 'separator' || item.enabled === false) continue
        expect([
          item.command?.kind === 'open-document',
          item.mainAction === 'clear-recent',
          item.command?.kind === 'export'
        ]).toContain(true)
      }
    }
  )

  it("shows the window's own keys without taking them from text fields, and registers the menu's", () => {
    const items = leaves(template('linux'))
    const byId = (id: string) => items.find((item) => item.id === id)
    for (const id of [
      'review.next',
      'review.next-unreviewed',
      'review.verified',
      'review.highlight',
      'file.print'
    ]) {
      expect(byId(id)?.registerAccelerator, id).toBe(false)
    }
    expect(byId('review.next-unreviewed')?.accelerator).toBe('Shift+J')
    for (const id of ['file.import', 'file.import-web', 'file.export-markdown', 'file.library']) {
      expect(byId(id)?.registerAccelerator, id).toBeUndefined()
    }
    expect(byId('file.import-web')?.accelerator).toBe('CmdOrCtrl+Shift+O')
  })

  it('has Help ▸ Open Logs everywhere, and About in Help on Windows and Linux, in the app menu on macOS', () => {
    const byId = (entries: MenuEntry[], id: string) => leaves(entries).filter((item) => item.id === id)
    for (const platform of ['win32', 'linux'] as const) {
      const help = labelled(template(platform), 'Help')?.submenu ?? []
      expect(byId(help, 'help.about')).toEqual([
        { id: 'help.about', label: 'About Claimcheck', mainAction: 'about' }
      ])
      expect(byId(help, 'help.open-logs')).toEqual([
        { id: 'help.open-logs', label: 'Open Logs', mainAction: 'open-logs' }
      ])
    }
    const mac = template('darwin')
    expect(byId(mac[0]?.submenu ?? [], 'help.about')).toHaveLength(1)
    expect(byId(labelled(mac, 'Help')?.submenu ?? [], 'help.about')).toHaveLength(0)
    expect(byId(labelled(mac, 'Help')?.submenu ?? [], 'help.open-logs')).toHaveLength(1)
  })

  it('follows macOS conventions: the app menu first, Close in File, a Window menu', () => {
    const mac = template('darwin')
    expect(mac.map((entry) => entry.label ?? entry.role)).toEqual([
      'Claimcheck',
      'File',
      'Edit',
      'View',
      'Review',
      'windowMenu',
      'Help'
    ])
    expect(leaves(mac[0]?.submenu ?? []).map((item) => item.role)).toContain('quit')
    expect(leaves(labelled(mac, 'File')?.submenu ?? []).map((item) => item.role)).toContain('close')
  })

  it('puts File, Edit, View, Review and Help with mnemonics on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(template(platform).map((entry) => entry.label)).toEqual([
        '&File',
        '&Edit',
        '&View',
        '&Review',
        '&Help'
      ])
    }
  })

  it('lists recent documents under Open Recent, shortened, and says so when there are none', () => {
    const openRecent = (withRecent: typeof recent) =>
      labelled(labelled(template('linux', withRecent), 'File')?.submenu ?? [], 'Open Recent')?.submenu ?? []
    const items = openRecent(recent)
    expect(items[0]).toMatchObject({
      label: 'The sample article',
      command: { kind: 'open-document', documentId: 'sample-article' }
    })
    expect(items[1]?.label).toHaveLength(60)
    expect(openRecent([])[0]).toMatchObject({ label: 'No Recent Documents', enabled: false })
  })
})

describe('toElectronTemplate', () => {
  it('sends commands to the window and runs main actions in main', () => {
    const sent: MenuCommand[] = []
    const ran: string[] = []
    const electronTemplate = toElectronTemplate(template('linux'), {
      sendCommand: (command) => sent.push(command),
      runMainAction: (action) => ran.push(action)
    })
    type Item = { label?: string; click?: () => void; submenu?: Item[] }
    const all = (items: Item[]): Item[] => items.flatMap((item) => [item, ...all(item.submenu ?? [])])
    const click = (label: string) =>
      all(electronTemplate)
        .find((item) => item.label === label)
        ?.click?.()
    click('Spreadsheet (.csv)')
    click('Mark Disputed')
    click('Open the Data Folder')
    expect(sent).toEqual([
      { kind: 'export', format: 'csv' },
      { kind: 'review', action: 'disputed' }
    ])
    expect(ran).toEqual(['open-data-folder'])
    expect(JSON.stringify(electronTemplate)).not.toContain('"command"')
  })
})

describe('parseMenuCommand', () => {
  it('refuses anything that is not a command the window knows', () => {
    for (const value of [
      null,
      'import',
      { kind: 'export', format: 'exe' },
      { kind: 'review', action: 'delete-everything' },
      { kind: 'open-document', documentId: '../../etc/passwd' },
      { kind: 'theme', theme: 'neon' },
      { kind: 'eval' }
    ]) {
      expect(parseMenuCommand(value)).toBeNull()
    }
  })
})
