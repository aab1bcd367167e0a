/**
 * The log file helpers read (Help ▸ Open Logs): `logs/claimcheck.log` in the data folder, kept
 * under MAX_LOG_BYTES by rotation to `claimcheck.1.log` … `claimcheck.<KEPT_LOGS>.log`. Lines are
 * written synchronously: events are rare (start, updates, failures) and the last line before a
 * crash is the one that matters. Everything written goes through `log-scrub.ts`.
 */
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { formatLogLine, scrubError, type LogValue } from './log-scrub'

export const LOG_FOLDER = 'logs'
export const LOG_FILE = 'claimcheck.log'
export const MAX_LOG_BYTES = 512 * 1024
export const KEPT_LOGS = 3

export interface AppLog {
  folder: string
  info: (event: string, fields?: Record<string, LogValue>) => void
  warn: (event: string, fields?: Record<string, LogValue>) => void
  /** An error, by its name, scrubbed message and first stack frames. */
  error: (event: string, error: unknown, fields?: Record<string, LogValue>) => void
}

export interface AppLogOptions {
  maxBytes?: number
  kept?: number
  now?: () => Date
}

export function openAppLog(dataDir: string, options: AppLogOptions = {}): AppLog {
  const folder = join(dataDir, LOG_FOLDER)
  const file = join(folder, LOG_FILE)
  const maxBytes = options.maxBytes ?? MAX_LOG_BYTES
  const kept = options.kept ?? KEPT_LOGS
  const now = options.now ?? (() => new Date())
  const rotated = (n: number) => join(folder, `claimcheck.${n}.log`)

  const rotateIfFull = (incoming: number) => {
    let size: number
    try {
      size = statSync(file).size
    } catch {
      return
    }
    if (size + incoming <= maxBytes) return
    rmSync(rotated(kept), { force: true })
    for (let n = kept - 1; n >= 1; n--) {
      try {
        renameSync(rotated(n), rotated(n + 1))
      } catch {
        // Not there yet: fewer logs than kept.
      }
    }
    renameSync(file, rotated(1))
  }

  const write = (level: 'info' | 'warn' | 'error', event: string, fields?: Record<string, LogValue>) => {
    const line = formatLogLine(now(), level, event, fields)
    try {
      mkdirSync(folder, { recursive: true })
      rotateIfFull(Buffer.byteLength(line))
      appendFileSync(file, line)
    } catch {
      // A log that cannot be written must never stop the app; the console still has it.
      process.stderr.write(line)
    }
  }

  return {
    folder,
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, error, fields) => write('error', event, { ...fields, ...scrubError(error) })
  }
}
