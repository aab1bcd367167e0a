/**
 * When Claimcheck looks for a new version, what it tells the user, and what it does when a check
 * fails. Plain code, so the rules are tested under Node; the Electron glue only carries them out.
 * The rules: look shortly after start and then once a day; download in the background; offer
 * "Restart to update" quietly and never while the user is typing in a field; never restart on
 * its own (an update left waiting installs when the app quits); offline or a failed check is not
 * the user's problem: it is logged, and the next check comes sooner (offline) or the next day.
 */

/** The first look waits until the app has settled and the user is reading. */
export const FIRST_CHECK_DELAY_MS = 15_000
export const CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000
/** Offline (a laptop on a train): look again within the hour rather than tomorrow. */
export const OFFLINE_RETRY_MS = 60 * 60 * 1000

export type UpdateProblemKind = 'offline' | 'failed'

export interface UpdateProblem {
  kind: UpdateProblemKind
  /** When it happened (ISO 8601). */
  at: string
  /** A short, safe summary for the About box and the log (no URLs, no tokens). */
  summary: string
}

export type UpdateStatus =
  /** This copy cannot update itself (run from source, a .deb, turned off by the environment). */
  | { phase: 'unavailable'; reason: string }
  /** The user switched automatic updates off in the settings. */
  | { phase: 'off' }
  | { phase: 'idle'; lastCheckedAt: string | null; problem: UpdateProblem | null }
  | { phase: 'checking'; lastCheckedAt: string | null }
  | { phase: 'downloading'; version: string; percent: number }
  /** Downloaded and verified: installs on "Restart to update", or when the app quits. */
  | { phase: 'ready'; version: string }

export type UpdateEvent =
  | { kind: 'check-started' }
  | { kind: 'up-to-date' }
  | { kind: 'found'; version: string }
  | { kind: 'progress'; percent: number }
  | { kind: 'downloaded'; version: string }
  | { kind: 'failed'; message: string }

export interface UpdateHost {
  /** An installed build (electron-builder's), not `npm start`. */
  packaged: boolean
  platform: string
  /** The variables that matter: APPIMAGE (set by an AppImage), CLAIMCHECK_UPDATES. */
  env: Record<string, string | undefined>
}

/** Whether this copy can update itself, and if not, why (said in the About box). */
export function updateSupport(host: UpdateHost): { supported: true } | { supported: false; reason: string } {
  if (host.env['CLAIMCHECK_UPDATES']?.trim().toLowerCase() === 'off')
    return {
      supported: false,
      reason: 'Updates are turned off for this installation (CLAIMCHECK_UPDATES=off).'
    }
  if (!host.packaged)
    return { supported: false, reason: 'This copy runs from source; installed builds update themselves.' }
  if (host.platform === 'linux' && !host.env['APPIMAGE'])
    return {
      supported: false,
      reason:
        'This Linux package (.deb) is updated by installing the new version; the AppImage updates itself.'
    }
  if (host.platform !== 'linux' && host.platform !== 'win32' && host.platform !== 'darwin')
    return { supported: false, reason: `Updates are not available on ${host.platform}.` }
  return { supported: true }
}

/** The status a start begins with. */
export function initialUpdateStatus(
  host: UpdateHost,
  automatic: boolean,
  lastCheckedAt: string | null = null
): UpdateStatus {
  const support = updateSupport(host)
  if (!support.supported) return { phase: 'unavailable', reason: support.reason }
  return automatic ? { phase: 'idle', lastCheckedAt, problem: null } : { phase: 'off' }
}

/** Switching automatic updates on or off in the settings. A downloaded update stays ready. */
export function withAutomaticUpdates(status: UpdateStatus, automatic: boolean): UpdateStatus {
  if (status.phase === 'unavailable' || status.phase === 'ready') return status
  if (!automatic) return { phase: 'off' }
  return status.phase === 'off' ? { phase: 'idle', lastCheckedAt: null, problem: null } : status
}

// Node's and Chromium's names for "no network here", as electron-updater passes them on.
const OFFLINE =
  /ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED|ERR_NAME_NOT_RESOLVED|ERR_ADDRESS_UNREACHABLE|ERR_CONNECTION_(REFUSED|RESET|TIMED_OUT|CLOSED)|ERR_TIMED_OUT|ERR_PROXY_CONNECTION_FAILED|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up/i

/** What went wrong, without the feed's URLs or any header the error message may quote. */
export function describeUpdateError(message: string, at: Date): UpdateProblem {
  if (OFFLINE.test(message))
    return { kind: 'offline', at: at.toISOString(), summary: 'No connection to the update server.' }
  const status = /\b(?:HttpError: |status(?:Code)?[ :=]+)(\d{3})\b/.exec(message)?.[1]
  if (status)
    return { kind: 'failed', at: at.toISOString(), summary: `The update server answered ${status}.` }
  if (/sha512 checksum mismatch|signature|code sign|not signed/i.test(message))
    return {
      kind: 'failed',
      at: at.toISOString(),
      summary: 'The downloaded update could not be verified and was not installed.'
    }
  return { kind: 'failed', at: at.toISOString(), summary: 'The update check failed.' }
}

/** The next status after what the updater reported. */
export function nextUpdateStatus(status: UpdateStatus, event: UpdateEvent, now: Date): UpdateStatus {
  // Nothing moves a copy that cannot update, and a ready update waits for the user.
  if (status.phase === 'unavailable' || status.phase === 'ready') return status
  const lastCheckedAt = 'lastCheckedAt' in status ? status.lastCheckedAt : null
  switch (event.kind) {
    case 'check-started':
      return status.phase === 'off' ? status : { phase: 'checking', lastCheckedAt }
    case 'up-to-date':
      return status.phase === 'off'
        ? status
        : { phase: 'idle', lastCheckedAt: now.toISOString(), problem: null }
    case 'found':
      return { phase: 'downloading', version: event.version, percent: 0 }
    case 'progress':
      return status.phase === 'downloading'
        ? { ...status, percent: Math.max(0, Math.min(100, Math.round(event.percent))) }
        : status
    case 'downloaded':
      return { phase: 'ready', version: event.version }
    case 'failed':
      return status.phase === 'off'
        ? status
        : {
            phase: 'idle',
            lastCheckedAt: now.toISOString(),
            problem: describeUpdateError(event.message, now)
          }
  }
}

/** Milliseconds until the next check, or null when none should be scheduled. */
export function nextCheckDelay(status: UpdateStatus, now: Date): number | null {
  if (status.phase !== 'idle') return null
  if (status.lastCheckedAt === null) return FIRST_CHECK_DELAY_MS
  const wait = status.problem?.kind === 'offline' ? OFFLINE_RETRY_MS : CHECK_INTERVAL_MS
  const due = Date.parse(status.lastCheckedAt) + wait
  return Number.isNaN(due) ? FIRST_CHECK_DELAY_MS : Math.max(FIRST_CHECK_DELAY_MS, due - now.getTime())
}

export interface UpdateOffer {
  version: string
  label: string
}

/**
 * What the window shows: "Restart to update" once an update is ready, as a quiet button, never a
 * dialog; held back while the user is typing in a field (a note, a source, a search), so it never
 * appears mid-sentence.
 */
export function updateOffer(status: UpdateStatus, context: { typing: boolean }): UpdateOffer | null {
  if (status.phase !== 'ready' || context.typing) return null
  return { version: status.version, label: 'Restart to update' }
}

/** One line for the About box. */
export function describeUpdateStatus(status: UpdateStatus): string {
  switch (status.phase) {
    case 'unavailable':
      return status.reason
    case 'off':
      return 'Automatic updates are off (Reading settings ▸ Updates).'
    case 'checking':
      return 'Checking for updates…'
    case 'downloading':
      return `Downloading version ${status.version} (${status.percent}%).`
    case 'ready':
      return `Version ${status.version} is ready: it installs when you restart Claimcheck.`
    case 'idle':
      if (status.problem) return `${status.problem.summary} Claimcheck will try again later.`
      return status.lastCheckedAt
        ? 'Claimcheck is up to date.'
        : 'Claimcheck looks for updates shortly after it starts.'
  }
}
