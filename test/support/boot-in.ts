/**
 * The browser host's boot in a test: a real store on `dataDir`, the project's resources, the
 * in-process article builder, and the store flushed after the test.
 */
import { fileURLToPath } from 'node:url'
import { boot } from '../../src/main/boot'
import { inProcessArticleBuilder } from './in-process-article-builder'
import { flushAfterTest } from './temp-folder'

const resourcesDir = fileURLToPath(new URL('../../resources/', import.meta.url))

export async function bootIn(dataDir: string, version = '1.0.0') {
  const booted = await boot({
    dataDir,
    resourcesDir,
    platform: { kind: 'browser' },
    version,
    articleBuilder: inProcessArticleBuilder
  })
  flushAfterTest(booted.store)
  return booted
}
