/**
 * The browser host keeps answering while a large file is imported: the article is built on a
 * worker thread, so a library listing sent mid-import is answered before the import finishes.
 */
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { ArticleBuilder } from '../import/article-input'
import { createServices } from '../services/create-services'
import { longArticle } from '../../../test/support/long-article'
import { openStore, tempFolder } from '../../../test/support/temp-folder'
import { tsxWorkerArticleBuilder } from '../../../test/support/tsx-import-worker'
import { TOKEN_HEADER, startWebHost, type WebHost } from './web-host'

let host: WebHost | null = null
afterEach(async () => {
  await host?.close()
  host = null
})

it('answers listDocuments while a 3 MB HTML page is still being imported', async () => {
  const events: string[] = []
  let buildStarted = (): void => {}
  const started = new Promise<void>((resolve) => (buildStarted = resolve))
  const worker = tsxWorkerArticleBuilder()
  const recording: ArticleBuilder = {
    async build(input) {
      events.push('build started')
      buildStarted()
      const article = await worker.build(input)
      events.push('article built')
      return article
    }
  }
  const folder = await tempFolder()
  const store = await openStore(join(folder, 'data'))
  host = await startWebHost({
    services: createServices({
      store,
      platform: { kind: 'browser' },
      version: 't',
      articleBuilder: recording
    }),
    rendererDir: folder
  })
  const { origin } = new URL(host.url)
  const call = (method: string, input: unknown): Promise<unknown> =>
    fetch(`${origin}/api/${method}`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: host?.token ?? '' },
      body: JSON.stringify(input)
    }).then((response) => response.json())

  const text = await longArticle(3 * 1024 * 1024, 'html')
  const imported = call('importFile', { fileName: 'inquiry.html', text }).then((reply) => {
    events.push('import answered')
    return reply
  })
  await started
  const listed = await call('listDocuments', {})
  events.push('list answered')

  expect(listed).toEqual({ ok: true, value: [] })
  expect(await imported).toMatchObject({ ok: true, value: { status: 'imported' } })
  expect(events).toEqual(['build started', 'list answered', 'article built', 'import answered'])
}, 60_000)
