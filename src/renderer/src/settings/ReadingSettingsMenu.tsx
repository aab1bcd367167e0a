/**
 * The reading settings popover: theme (system, light, dark), text size and line width; in the
 * desktop app, also whether Claimcheck checks for updates.
 */
import {
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  measures,
  themes,
  type ReadingSettings
} from '../../../shared/reading-settings'
import { usePopover } from '../components/use-popover'

const themeLabel = { system: 'System', light: 'Light', dark: 'Dark' } as const
const measureLabel = { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' } as const

interface ReadingSettingsMenuProps {
  settings: ReadingSettings
  onChange: (patch: Partial<ReadingSettings>) => void
  updates?: { automatic: boolean; setAutomatic: (automatic: boolean) => void } | undefined
}

function Choice<T extends string>(props: {
  label: string
  options: readonly T[]
  labels: Record<T, string>
  value: T
  onPick: (value: T) => void
}) {
  return (
    <div className="settings-row" role="radiogroup" aria-label={props.label}>
      <span className="settings-label" aria-hidden="true">
        {props.label}
      </span>
      {props.options.map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={props.value === option}
          className="segment"
          onClick={() => props.onPick(option)}
        >
          {props.labels[option]}
        </button>
      ))}
    </div>
  )
}

export function ReadingSettingsMenu({ settings, onChange, updates }: ReadingSettingsMenuProps) {
  const popover = usePopover('[aria-checked="true"]')

  return (
    <div className="menu">
      <button
        type="button"
        className="button button--small"
        aria-controls="reading-settings"
        {...popover.buttonProps}
      >
        Reading settings
      </button>
      {popover.open && (
        <div
          id="reading-settings"
          className="menu-list settings-box"
          role="group"
          aria-label="Reading settings"
          {...popover.boxProps}
        >
          <Choice
            label="Theme"
            options={themes}
            labels={themeLabel}
            value={settings.theme}
            onPick={(theme) => onChange({ theme })}
          />
          <div className="settings-row" role="group" aria-label="Text size">
            <span className="settings-label" aria-hidden="true">
              Text size
            </span>
            <button
              type="button"
              className="segment"
              aria-label="Smaller text"
              disabled={settings.fontSize <= FONT_SIZE_MIN}
              onClick={() => onChange({ fontSize: settings.fontSize - 1 })}
            >
              A−
            </button>
            <output className="settings-value" aria-live="polite">
              {settings.fontSize}px
            </output>
            <button
              type="button"
              className="segment"
              aria-label="Larger text"
              disabled={settings.fontSize >= FONT_SIZE_MAX}
              onClick={() => onChange({ fontSize: settings.fontSize + 1 })}
            >
              A+
            </button>
          </div>
          <Choice
            label="Line width"
            options={measures}
            labels={measureLabel}
            value={settings.measure}
            onPick={(measure) => onChange({ measure })}
          />
          {updates && (
            <label className="settings-row settings-check">
              <span className="settings-label">Updates</span>
              <input
                type="checkbox"
                checked={updates.automatic}
                onChange={(event) => updates.setAutomatic(event.target.checked)}
              />
              <span className="settings-check-text">Check for updates daily</span>
            </label>
          )}
        </div>
      )}
    </div>
  )
}
