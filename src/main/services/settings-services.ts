/**
 * Reading settings live in the data folder (`settings.json`), not in the browser's localStorage:
 * the browser host gets a new port, so a new storage origin, on every launch, and settings should
 * follow the user's data folder the way their reviews do.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Services } from '../../shared/contract'
import { defaultReadingSettings, type ReadingSettings } from '../../shared/reading-settings'
import { ReadingSettingsSchema } from '../../shared/reading-settings-schema'
import { writeFileDurably } from '../store/durable-json-file'
import type { ServiceDeps } from './service-deps'

const SETTINGS_FILE = 'settings.json'

export function settingsServices({
  store
}: ServiceDeps): Pick<Services, 'getReadingSettings' | 'saveReadingSettings'> {
  const filePath = join(store.dataDir, SETTINGS_FILE)
  return {
    async getReadingSettings(): Promise<ReadingSettings> {
      let text: string
      try {
        text = await readFile(filePath, 'utf8')
      } catch {
        return defaultReadingSettings
      }
      try {
        const parsed = ReadingSettingsSchema.safeParse(JSON.parse(text))
        // Settings are preferences, not work: an unreadable file just means the defaults.
        return parsed.success ? parsed.data : defaultReadingSettings
      } catch {
        return defaultReadingSettings
      }
    },
    async saveReadingSettings({ settings }) {
      await writeFileDurably(filePath, `${JSON.stringify(settings, null, 2)}\n`)
      return settings
    }
  }
}
