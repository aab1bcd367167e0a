/**
 * Loads the reading settings from the API, applies them to the page (theme attribute, text size,
 * its scale for the side panel, and line width as CSS variables), and saves every change back.
 */
import { useCallback, useEffect, useState } from 'react'
import { defaultReadingSettings, measureWidth, type ReadingSettings } from '../../../shared/reading-settings'
import { useApi } from '../services/service-context'

function applyToPage(settings: ReadingSettings): void {
  const root = document.documentElement
  if (settings.theme === 'system') delete root.dataset['theme']
  else root.dataset['theme'] = settings.theme
  root.style.setProperty('--reading-size', `${settings.fontSize / 16}rem`)
  // The side panel grows and shrinks with the text, from its own size at the default text size.
  root.style.setProperty('--reading-scale', String(settings.fontSize / defaultReadingSettings.fontSize))
  root.style.setProperty('--reading-measure', measureWidth[settings.measure])
}

export interface ReadingSettingsControl {
  settings: ReadingSettings
  change: (patch: Partial<ReadingSettings>) => void
  /** The desktop app's update switch, shown in the same popover; absent where there is none. */
  updates?: { automatic: boolean; setAutomatic: (automatic: boolean) => void }
}

export function useReadingSettings(onError: (message: string) => void): ReadingSettingsControl {
  const api = useApi()
  const [settings, setSettings] = useState<ReadingSettings>(defaultReadingSettings)

  useEffect(() => {
    void api.getReadingSettings({}).then((result) => {
      if (!result.ok) return
      setSettings(result.value)
      applyToPage(result.value)
    })
  }, [api])

  const change = useCallback(
    (patch: Partial<ReadingSettings>) => {
      setSettings((current) => {
        const next = { ...current, ...patch }
        applyToPage(next)
        void api.saveReadingSettings({ settings: next }).then((result) => {
          if (!result.ok) onError(result.error.message)
        })
        return next
      })
    },
    [onError, api]
  )

  return { settings, change }
}
