/**
 * What Help ▸ About says (versions, folders, where updates stand), as text the user can copy into
 * a bug report. Pure: the glue fills it from `app` and `process.versions` and shows a message box.
 */
import { describeUpdateStatus, type UpdateStatus } from '../../shared/updates/update-policy'

export interface AboutFacts {
  appName: string
  version: string
  versions: { electron?: string; chrome?: string; node?: string }
  platform: string
  arch: string
  osRelease: string
  dataDir: string
  logsDir: string
  updates: UpdateStatus
}

export interface AboutBox {
  title: string
  message: string
  detail: string
}

export function aboutBox(facts: AboutFacts): AboutBox {
  const { versions } = facts
  const lines = [
    `Version: ${facts.version}`,
    `Electron: ${versions.electron ?? 'unknown'}`,
    `Chromium: ${versions.chrome ?? 'unknown'}`,
    `Node.js: ${versions.node ?? 'unknown'}`,
    `OS: ${facts.platform} ${facts.arch} ${facts.osRelease}`,
    `Data folder: ${facts.dataDir}`,
    `Logs: ${facts.logsDir}`,
    `Updates: ${describeUpdateStatus(facts.updates)}`
  ]
  return {
    title: `About ${facts.appName}`,
    message: `${facts.appName} ${facts.version}`,
    detail: lines.join('\n')
  }
}
