/** Help ▸ About and Help ▸ Open Logs in the desktop app. */
import { app, BrowserWindow, clipboard, dialog, shell } from 'electron'
import { mkdirSync } from 'node:fs'
import { arch, release as osRelease } from 'node:os'
import type { UpdateStatus } from '../../shared/updates/update-policy'
import { aboutBox } from './about'

export interface HelpContext {
  dataDir: string
  logsDir: string
  updates: UpdateStatus
}

/** Help ▸ About: versions and folders, with a button that copies them for a bug report. */
export async function showAbout({ dataDir, logsDir, updates }: HelpContext): Promise<void> {
  const box = aboutBox({
    appName: app.name,
    version: app.getVersion(),
    versions: process.versions,
    platform: process.platform,
    arch: arch(),
    osRelease: osRelease(),
    dataDir,
    logsDir,
    updates
  })
  const focused = BrowserWindow.getFocusedWindow()
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: box.title,
    message: box.message,
    detail: box.detail,
    buttons: ['Copy', 'OK'],
    defaultId: 1,
    cancelId: 1,
    noLink: true
  }
  const { response } = focused
    ? await dialog.showMessageBox(focused, options)
    : await dialog.showMessageBox(options)
  if (response === 0) clipboard.writeText(`${box.message}\n${box.detail}`)
}

/** Help ▸ Open Logs: the folder, so a user can attach the file to a report. */
export function openLogs(logsDir: string): void {
  mkdirSync(logsDir, { recursive: true })
  void shell.openPath(logsDir)
}
