/**
 * What went wrong fetching a page, said so a person can act on it. Node's fetch reports network
 * failures as `TypeError('fetch failed')` with the system error (ENOTFOUND…) as its cause.
 */
import { MAX_IMPORT_LABEL } from '../../shared/import/limits'
import { ApiFailure } from '../../shared/result'
import { hostOf } from '../../shared/web/web-address'

const SAVE_INSTEAD = 'or save the page from your browser and import the file'

/** The system error code behind a failed fetch, however deeply it is wrapped. */
export function networkCode(error: unknown): string | null {
  for (let cause: unknown = error, depth = 0; cause && depth < 5; depth++) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string') return code
    cause = (cause as { cause?: unknown }).cause
  }
  return null
}

export function networkFailure(url: string, error: unknown): ApiFailure {
  const host = hostOf(url)
  const code = networkCode(error)
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ApiFailure(
        'network',
        `Claimcheck cannot find “${host}”. Check the address for typos, and that this computer is online.`
      )
    case 'ECONNREFUSED':
      return new ApiFailure(
        'network',
        `“${host}” refused the connection: the site may be down, or the address has the wrong port. Try again later.`
      )
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'EPIPE':
      return new ApiFailure(
        'network',
        `The connection to “${host}” was cut off before the page arrived. Try again, ${SAVE_INSTEAD}.`
      )
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new ApiFailure(
        'network',
        `Claimcheck cannot reach “${host}” from this computer. Check that it is online.`
      )
  }
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) {
    return new ApiFailure(
      'network',
      `“${host}” did not show a valid security certificate, so Claimcheck did not read the page.`
    )
  }
  const detail =
    error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : ''
  return new ApiFailure(
    'network',
    `Claimcheck could not fetch “${url}”${detail ? ` (${detail})` : ''}. Check the address and try again.`
  )
}

export function timedOut(url: string, seconds: number): ApiFailure {
  return new ApiFailure(
    'network',
    `“${hostOf(url)}” did not answer within ${seconds} seconds. Try again later, ${SAVE_INSTEAD}.`
  )
}

export function statusFailure(url: string, status: number, statusText: string): ApiFailure {
  const said = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`
  if (status === 404 || status === 410)
    return new ApiFailure(
      'not-found',
      `There is no page at “${url}” (${said}). Check the address, or open it in your browser to see where it went.`
    )
  if (status === 401 || status === 403)
    return new ApiFailure(
      'network',
      `“${hostOf(url)}” would not show the page (${said}): it may need a login or turn automated readers away. Save the page from your browser and import the file instead.`
    )
  if (status === 429)
    return new ApiFailure(
      'network',
      `“${hostOf(url)}” is turning requests away for now (${said}). Try again in a few minutes.`
    )
  if (status >= 500)
    return new ApiFailure(
      'network',
      `The server at “${hostOf(url)}” failed to send the page (${said}). Try again later, ${SAVE_INSTEAD}.`
    )
  return new ApiFailure(
    'network',
    `“${hostOf(url)}” refused to send the page (${said}). Check the address, ${SAVE_INSTEAD}.`
  )
}

export function tooManyRedirects(url: string, limit: number): ApiFailure {
  return new ApiFailure(
    'network',
    `“${url}” redirects more than ${limit} times, so Claimcheck stopped following it. Open it in your browser and import the address it ends at.`
  )
}

export function redirectLoop(url: string): ApiFailure {
  return new ApiFailure(
    'network',
    `“${url}” redirects in a loop and never reaches a page. Open it in your browser to check it.`
  )
}

export function pageTooLarge(url: string): ApiFailure {
  return new ApiFailure(
    'too-large',
    `The page at “${url}” is larger than ${MAX_IMPORT_LABEL}; Claimcheck imports pages up to ${MAX_IMPORT_LABEL}. Nothing was saved.`
  )
}
