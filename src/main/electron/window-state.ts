/**
 * The window as the user left it: position, size, maximised, full screen — kept in
 * `window-state.json` in the data folder, written durably. On the way back it is placed on a
 * display that still exists: a window whose monitor was unplugged comes back onto the primary one.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileDurably } from '../core'

export const WINDOW_STATE_FILE = 'window-state.json'

const Coordinate = z.number().int().min(-100_000).max(100_000)
const Size = z.number().int().min(1).max(100_000)

export const WindowState = z.object({
  x: Coordinate,
  y: Coordinate,
  width: Size,
  height: Size,
  maximized: z.boolean(),
  fullScreen: z.boolean()
})
export type WindowState = z.infer<typeof WindowState>

export interface Area {
  x: number
  y: number
  width: number
  height: number
}

export interface Placement {
  /** Absent: let the OS centre the window. */
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
  fullScreen: boolean
}

/** How much of the window (its title bar) must show on a display for the user to grab it. */
const GRAB = { width: 120, height: 40 }

function overlap(a: Area, b: Area): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  }
}

/**
 * Where to open the window: as saved when its title bar is on a display (shrunk to fit that
 * display), otherwise the saved size on the primary display, centred. `workAreas[0]` is primary.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Area[],
  defaults: { width: number; height: number }
): Placement {
  const primary = workAreas[0]
  const size = saved ?? { ...defaults, maximized: false, fullScreen: false }
  const flags = { maximized: size.maximized, fullScreen: size.fullScreen }
  if (!primary) return { width: size.width, height: size.height, ...flags }
  const titleBar = saved && { x: saved.x, y: saved.y, width: saved.width, height: GRAB.height }
  const home = titleBar
    ? workAreas.find((area) => {
        const shown = overlap(titleBar, area)
        return shown.width >= Math.min(GRAB.width, saved.width) && shown.height >= GRAB.height
      })
    : undefined
  const area = home ?? primary
  const width = Math.min(size.width, area.width)
  const height = Math.min(size.height, area.height)
  if (!saved || !home) {
    if (!saved) return { width, height, ...flags }
    return {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
      ...flags
    }
  }
  // On its display: kept where it was, pulled in only as far as needed to fit.
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width)
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height)
  return { x, y, width, height, ...flags }
}

/** The saved state, or null when there is none or it cannot be read (the window just opens fresh). */
export async function readWindowState(dataDir: string): Promise<WindowState | null> {
  try {
    const parsed = WindowState.safeParse(JSON.parse(await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export async function writeWindowState(dataDir: string, state: WindowState): Promise<void> {
  const rounded = WindowState.parse({
    ...state,
    x: Math.round(state.x),
    y: Math.round(state.y),
    width: Math.round(state.width),
    height: Math.round(state.height)
  })
  await writeFileDurably(join(dataDir, WINDOW_STATE_FILE), `${JSON.stringify(rounded, null, 2)}\n`)
}
