/**
 * Files from the OS: which launch arguments are files, the queue that holds them until the window
 * is ready, and what opening one does — open a document already there, otherwise import it through
 * the window's own Import, restore a backup.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MenuCommand } from '../../shared/menu-commands'
import { inProcessArticleBuilder } from '../../../test/support/in-process-article-builder'
import { createServices } from '../services/create-services'
import { openStore, tempFolder } from '../../../test/support/temp-folder'
import { OpenedFileQueue, filesInArgv, isOpenableFile } from './open-files'
import { openFromOs } from './open-from-os'

describe('filesInArgv', () => {
  it('takes the openable files after the binary, resolved against the working directory', () => {
    const argv = ['/opt/Claimcheck/claimcheck', '--no-sandbox', 'notes/draft.md', '/tmp/Report.PDF']
    expect(filesInArgv(argv, '/home/ana')).toEqual(['/home/ana/notes/draft.md', '/tmp/Report.PDF'])
  })

  it('skips the development entry script, switches and files it cannot open', () => {
    const argv = [
      '/usr/bin/electron',
      '/work/out/main/index.js',
      '--inspect=0',
      'photo.png',
      'a.claimcheck.json'
    ]
    expect(filesInArgv(argv, '/w')).toEqual(['/w/a.claimcheck.json'])
  })

  it('opens what the installers associate', () => {
    for (const name of ['a.txt', 'a.md', 'a.html', 'a.htm', 'a.pdf', 'a.claimcheck.json']) {
      expect(isOpenableFile(name)).toBe(true)
    }
    expect(isOpenableFile('a.json')).toBe(false)
    expect(isOpenableFile('a.exe')).toBe(false)
  })
})

describe('OpenedFileQueue', () => {
  it('holds files that arrive before the window, then delivers all in order, once', async () => {
    const delivered: string[] = []
    const queue = new OpenedFileQueue(() => {})
    queue.add(['/a.md'])
    queue.add(['/b.txt'])
    expect(delivered).toEqual([])
    queue.ready(async (path) => void delivered.push(path))
    queue.add(['/c.pdf'])
    await queue.idle()
    expect(delivered).toEqual(['/a.md', '/b.txt', '/c.pdf'])
  })

  it('reports a file that fails and goes on with the next', async () => {
    const failed: string[] = []
    const delivered: string[] = []
    const queue = new OpenedFileQueue((path) => failed.push(path))
    queue.add(['/broken.pdf', '/fine.md'])
    queue.ready(async (path) => {
      if (path.includes('broken')) throw new Error('unreadable')
      delivered.push(path)
    })
    await queue.idle()
    expect(failed).toEqual(['/broken.pdf'])
    expect(delivered).toEqual(['/fine.md'])
  })
})

const article =
  'Rivers of the North\n\nThe river rose by 3 metres in 2024. Officials said it was the highest in a century.\n'

async function setUp() {
  const folder = await tempFolder()
  const store = await openStore(join(folder, 'data'))
  const services = createServices({
    store,
    platform: { kind: 'electron' },
    version: 'test',
    articleBuilder: inProcessArticleBuilder
  })
  const sent: MenuCommand[] = []
  const offered: string[] = []
  const recent: string[] = []
  const deps = {
    store,
    services,
    articleBuilder: inProcessArticleBuilder,
    offerToImport: (path: string) => void offered.push(path),
    send: (command: MenuCommand) => void sent.push(command),
    addRecentDocument: (path: string) => void recent.push(path)
  }
  return { folder, store, services, sent, offered, recent, deps }
}

describe('openFromOs', () => {
  it('sends a new file to the window’s Import, with main supplying its path', async () => {
    const { folder, sent, offered, recent, deps } = await setUp()
    const path = join(folder, 'rivers.txt')
    await writeFile(path, article)
    await openFromOs(path, deps)
    expect(offered).toEqual([path])
    expect(sent).toEqual([{ kind: 'import' }])
    expect(recent).toEqual([path])
  })

  it('opens the document when the library already holds the same text', async () => {
    const { folder, services, sent, offered, deps } = await setUp()
    const path = join(folder, 'rivers.txt')
    await writeFile(path, article)
    const imported = await services.importFile({ fileName: 'rivers.txt', text: article })
    if (imported.status !== 'imported') throw new Error('the first import should add the document')
    await openFromOs(path, deps)
    expect(sent).toEqual([{ kind: 'open-document', documentId: imported.entry.id }])
    expect(offered).toEqual([])
  })

  it('imports a changed file through Import, which asks about the new version', async () => {
    const { folder, services, sent, offered, deps } = await setUp()
    await services.importFile({ fileName: 'rivers.txt', text: article })
    const path = join(folder, 'rivers.txt')
    await writeFile(path, article.replace('3 metres', '4 metres'))
    await openFromOs(path, deps)
    expect(sent).toEqual([{ kind: 'import' }])
    expect(offered).toEqual([path])
  })

  it('restores a backup, and opens its document when it is still in the library', async () => {
    const { folder, services, sent, deps } = await setUp()
    const imported = await services.importFile({ fileName: 'rivers.txt', text: article })
    if (imported.status !== 'imported') throw new Error('the first import should add the document')
    const documentId = imported.entry.id
    const backup = await services.exportDocument({ documentId, format: 'backup' })
    const path = join(folder, backup.fileName)
    await writeFile(path, backup.content)

    await openFromOs(path, deps)
    expect(sent).toEqual([{ kind: 'open-document', documentId }])
    expect(await services.listDocuments({})).toHaveLength(1)

    await services.trashDocument({ documentId })
    await services.emptyTrash({})
    await openFromOs(path, deps)
    expect(sent[1]).toEqual({ kind: 'open-document', documentId })
    expect((await services.listDocuments({})).map((entry) => entry.id)).toEqual([documentId])
  })
})

describe('OpenedFileQueue without a window', () => {
  it('holds files again while paused, and delivers them to the next window', async () => {
    const first: string[] = []
    const second: string[] = []
    const queue = new OpenedFileQueue(() => {})
    queue.ready(async (path) => void first.push(path))
    queue.add(['/a.md'])
    await queue.idle()
    queue.pause()
    queue.add(['/b.md'])
    await queue.idle()
    queue.ready(async (path) => void second.push(path))
    await queue.idle()
    expect([first, second]).toEqual([['/a.md'], ['/b.md']])
  })
})
