import { bootIn } from '../../../test/support/boot-in'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFolder } from '../../../test/support/temp-folder'
import { firstScreenPath, readFirstScreenFile } from './first-screen-file'
import { keepFirstScreen, withFirstScreen } from './first-screen-source'

describe('the first screen kept between runs', () => {
  it('is what the last run left on screen, read back whole by the next start', async () => {
    const dataDir = await tempFolder()
    const booted = await bootIn(dataDir)
    const screen = await withFirstScreen(booted.services).firstScreen()
    await booted.store.flush()
    await keepFirstScreen(dataDir, screen)
    booted.release()
    expect(screen?.html).toContain('Trump Pressures Ukraine')
    expect(await readFirstScreenFile(dataDir)).toEqual(screen)
  })

  it('is gone once a host boots, since the library may change from then on', async () => {
    const dataDir = await tempFolder()
    const first = await bootIn(dataDir)
    await keepFirstScreen(dataDir, await withFirstScreen(first.services).firstScreen())
    first.release()
    const second = await bootIn(dataDir)
    second.release()
    await expect(readFile(firstScreenPath(dataDir))).rejects.toThrow(/ENOENT/)
    expect(await readFirstScreenFile(dataDir)).toBeNull()
  })

  it('is none once a file it was read from changed since, as by hand or by a crash mid-copy', async () => {
    const dataDir = await tempFolder()
    const booted = await bootIn(dataDir)
    const screen = await withFirstScreen(booted.services).firstScreen()
    await booted.store.flush()
    await keepFirstScreen(dataDir, screen)
    booted.release()
    expect(await readFirstScreenFile(dataDir)).toEqual(screen)
    const [documentFile] = await readdir(join(dataDir, 'documents'))
    const original = await readFile(join(dataDir, 'documents', documentFile ?? ''), 'utf8')
    await writeFile(join(dataDir, 'documents', documentFile ?? ''), original.slice(0, 200))
    expect(await readFirstScreenFile(dataDir)).toBeNull()
  })

  it('is none when nothing was kept or the file is not one', async () => {
    const dataDir = await tempFolder()
    expect(await readFirstScreenFile(dataDir)).toBeNull()
    await writeFile(firstScreenPath(dataDir), '{"html":"<script>alert(1)</script>"')
    expect(await readFirstScreenFile(dataDir)).toBeNull()
  })

  it('lets the page have the start-up notices it held back to decide', async () => {
    const dataDir = await tempFolder()
    const booted = await bootIn(dataDir)
    booted.store.warn('Another data file was kept aside.')
    const { services, firstScreen } = withFirstScreen(booted.services)
    expect(await firstScreen()).toBeNull()
    expect((await services.getStartup({})).notices).toEqual([
      { level: 'warning', message: 'Another data file was kept aside.' }
    ])
    expect((await services.getStartup({})).notices).toEqual([])
    booted.release()
  })
})
