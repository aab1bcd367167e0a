import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFolder } from '../../../test/support/temp-folder'
import {
  WINDOW_STATE_FILE,
  placeWindow,
  readWindowState,
  writeWindowState,
  type WindowState
} from './window-state'

const laptop = { x: 0, y: 25, width: 1440, height: 875 }
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1440 }
const defaults = { width: 1280, height: 860 }
const saved = (state: Partial<WindowState>): WindowState => ({
  x: 100,
  y: 100,
  width: 1000,
  height: 700,
  maximized: false,
  fullScreen: false,
  ...state
})

describe('placeWindow', () => {
  it('opens a first window at the default size, centred by the OS', () => {
    expect(placeWindow(null, [laptop], defaults)).toEqual({
      width: 1280,
      height: 860,
      maximized: false,
      fullScreen: false
    })
  })

  it('puts the window back where it was, on any display that still exists', () => {
    const onMonitor = saved({ x: 2000, y: 200, maximized: true })
    expect(placeWindow(onMonitor, [laptop, monitorOnTheRight], defaults)).toEqual({
      x: 2000,
      y: 200,
      width: 1000,
      height: 700,
      maximized: true,
      fullScreen: false
    })
  })

  it('brings a window whose monitor was unplugged back onto the primary display, centred', () => {
    const onMonitor = saved({ x: 2000, y: 200, width: 1800, height: 1200, fullScreen: true })
    expect(placeWindow(onMonitor, [laptop], defaults)).toEqual({
      x: 0,
      y: 25,
      width: 1440,
      height: 875,
      maximized: false,
      fullScreen: true
    })
  })

  it('brings back a window whose title bar went above the screen', () => {
    const placed = placeWindow(saved({ x: 100, y: -500 }), [laptop], defaults)
    expect(placed).toMatchObject({ x: 220, y: 113, width: 1000, height: 700 })
  })

  it('pulls a window hanging off a display edge inside it, and shrinks one larger than it', () => {
    expect(placeWindow(saved({ x: 1000, y: 300 }), [laptop], defaults)).toMatchObject({
      x: 440,
      y: 200,
      width: 1000,
      height: 700
    })
    expect(placeWindow(saved({ x: 10, y: 30, width: 3000, height: 2000 }), [laptop], defaults)).toMatchObject(
      { x: 0, y: 25, width: 1440, height: 875 }
    )
  })
})

describe('the window-state file', () => {
  it('round-trips through the data folder', async () => {
    const folder = await tempFolder()
    const state = saved({ x: -1200.4, maximized: true })
    await writeWindowState(folder, state)
    expect(await readWindowState(folder)).toEqual({ ...state, x: -1200 })
  })

  it('reads a missing, damaged or hostile file as no state', async () => {
    const folder = await tempFolder()
    expect(await readWindowState(folder)).toBeNull()
    for (const text of ['{', '{"x":"__proto__"}', JSON.stringify(saved({ width: 1e12 }))]) {
      await writeFile(join(folder, WINDOW_STATE_FILE), text)
      expect(await readWindowState(folder)).toBeNull()
    }
    expect(await readFile(join(folder, WINDOW_STATE_FILE), 'utf8')).toContain('1000000000000')
  })
})
