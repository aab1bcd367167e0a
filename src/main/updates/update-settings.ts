/**
 * The user's choice about automatic updates (`updates.json` in the data folder). On unless they
 * switched it off; a file that cannot be read means the default, since it is a preference, not work.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileDurably } from '../store/durable-json-file'

export const UPDATE_SETTINGS_FILE = 'updates.json'

const UpdateSettingsSchema = z.object({ schemaVersion: z.literal(1), automatic: z.boolean() })

export async function readAutomaticUpdates(dataDir: string): Promise<boolean> {
  try {
    const parsed = UpdateSettingsSchema.safeParse(
      JSON.parse(await readFile(join(dataDir, UPDATE_SETTINGS_FILE), 'utf8'))
    )
    return parsed.success ? parsed.data.automatic : true
  } catch {
    return true
  }
}

export async function saveAutomaticUpdates(dataDir: string, automatic: boolean): Promise<void> {
  await writeFileDurably(
    join(dataDir, UPDATE_SETTINGS_FILE),
    `${JSON.stringify({ schemaVersion: 1, automatic }, null, 2)}\n`
  )
}
