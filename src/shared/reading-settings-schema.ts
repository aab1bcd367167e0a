/** The API's check of reading settings (zod lives here, away from the renderer bundle). */
import { z } from 'zod'
import { FONT_SIZE_MAX, FONT_SIZE_MIN, measures, themes } from './reading-settings'

export const ReadingSettingsSchema = z
  .object({
    theme: z.enum(themes),
    fontSize: z.number().int().min(FONT_SIZE_MIN).max(FONT_SIZE_MAX),
    measure: z.enum(measures)
  })
  .strict()
