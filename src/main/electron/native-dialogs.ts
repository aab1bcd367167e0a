/**
 * The desktop app's native dialogs, as the services ask for them (HostPlatform): where to save an
 * export, which folder to export into, which file to import. Each is attached to the focused
 * window, when there is one.
 */
import { app, BrowserWindow, dialog } from 'electron'
import { join } from 'node:path'
import { importExtensions } from '../../shared/import/file-name'
import type { HostPlatform } from '../core'

type NativeDialogs = Required<Pick<HostPlatform, 'chooseSavePath' | 'chooseFolder' | 'chooseImportFile'>>

/**
 * `offeredPaths`: files the OS handed the app (the command line, open-file), taken by the next
 * imports in turn instead of showing the open dialog.
 */
export function nativeDialogs(offeredPaths: string[]): NativeDialogs {
  return {
    chooseSavePath: async (suggestedName) => {
      const focused = BrowserWindow.getFocusedWindow()
      const options = { defaultPath: join(app.getPath('documents'), suggestedName) }
      const result = focused
        ? await dialog.showSaveDialog(focused, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    chooseFolder: async () => {
      const focused = BrowserWindow.getFocusedWindow()
      const options: Electron.OpenDialogOptions = {
        title: 'Export into folder',
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory']
      }
      const result = focused
        ? await dialog.showOpenDialog(focused, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    chooseImportFile: async () => {
      const offered = offeredPaths.shift()
      if (offered) return offered
      const focused = BrowserWindow.getFocusedWindow()
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters: [
          // Every format the import reads (PDF included), by the list the importer itself uses.
          { name: 'Articles', extensions: importExtensions.map((extension) => extension.slice(1)) },
          { name: 'Claimcheck backups', extensions: ['json'] }
        ]
      }
      const result = focused
        ? await dialog.showOpenDialog(focused, options)
        : await dialog.showOpenDialog(options)
      const chosen = result.canceled ? null : (result.filePaths[0] ?? null)
      if (chosen) app.addRecentDocument(chosen)
      return chosen
    }
  }
}
