/**
 * Reading comfort settings: theme, text size and line width. Kept free of schemas so the renderer
 * bundle can use them; the API validates them with `ReadingSettingsSchema`.
 */
export const themes = ['system', 'light', 'dark'] as const
export type Theme = (typeof themes)[number]

export const measures = ['narrow', 'medium', 'wide'] as const
export type Measure = (typeof measures)[number]

export const FONT_SIZE_MIN = 14
export const FONT_SIZE_MAX = 28

export interface ReadingSettings {
  theme: Theme
  /** Article text size in CSS pixels. */
  fontSize: number
  measure: Measure
}

export const defaultReadingSettings: ReadingSettings = { theme: 'system', fontSize: 19, measure: 'medium' }

/** Characters per line each width aims at: 60–75 reads best; wide is for big screens. */
export const measureWidth: Record<Measure, string> = { narrow: '34rem', medium: '40rem', wide: '52rem' }
