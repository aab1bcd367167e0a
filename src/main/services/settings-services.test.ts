import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../shared/dispatch'
import { defaultReadingSettings } from '../../shared/reading-settings'
import { tempFolder } from '../../../test/support/temp-folder'
import { servicesIn } from '../../../test/support/services'

describe('reading settings', () => {
  it('answers the defaults until something is saved, then what was saved, from settings.json', async () => {
    const dataDir = await tempFolder()
    const services = await servicesIn(dataDir)
    expect(await services.getReadingSettings({})).toEqual(defaultReadingSettings)
    const chosen = { theme: 'dark', fontSize: 22, measure: 'wide' } as const
    await services.saveReadingSettings({ settings: chosen })
    expect(JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8'))).toEqual(chosen)
    expect(await (await servicesIn(dataDir)).getReadingSettings({})).toEqual(chosen)
  })

  it('falls back to the defaults when settings.json is not valid', async () => {
    const dataDir = await tempFolder()
    await writeFile(join(dataDir, 'settings.json'), '{"theme":"neon"')
    expect(await (await servicesIn(dataDir)).getReadingSettings({})).toEqual(defaultReadingSettings)
  })

  it('refuses a text size out of range at the API boundary', async () => {
    const services = await servicesIn(await tempFolder())
    const result = await dispatch(services, 'saveReadingSettings', {
      settings: { theme: 'light', fontSize: 200, measure: 'narrow' }
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})
