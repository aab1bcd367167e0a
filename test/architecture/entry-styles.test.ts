/**
 * The page's entry (src/renderer/src/main.tsx) holds every style sheet the app's first view uses, so
 * the host's first screen is styled before any script runs and the app, loaded after it has
 * painted, draws the same. A style sheet imported only by a component would reach the page with the
 * app's script, after the first paint: the first screen would be drawn without it, then change.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const rendererSource = fileURLToPath(new URL('../../src/renderer/src/', import.meta.url))
/** Views that load on demand (React.lazy), never on the first screen: their styles may come with them. */
const lazyViewStyles = new Set(['styles/all-claims.css'])

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

/** The style sheets a module imports, relative to the renderer's source folder. */
async function styleImports(file: string): Promise<string[]> {
  const source = await readFile(file, 'utf8')
  return [...source.matchAll(/^import '(\.[^']+\.css)'/gm)].map((match) =>
    relative(rendererSource, resolve(dirname(file), match[1]!)).replaceAll('\\', '/')
  )
}

describe('the page’s entry', () => {
  it('imports every style sheet a component of the first view imports', async () => {
    const entry = new Set(await styleImports(join(rendererSource, 'main.tsx')))
    const used = new Set<string>()
    for (const file of await sourceFiles(rendererSource)) {
      for (const sheet of await styleImports(file)) used.add(sheet)
    }
    expect(used.size).toBeGreaterThan(8)
    const missing = [...used].filter((sheet) => !entry.has(sheet) && !lazyViewStyles.has(sheet))
    expect(missing).toEqual([])
  })
})
