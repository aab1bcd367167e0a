/**
 * Which desk addresses the app accepts: `https:` always, `http:` only on this machine (loopback),
 * because a password and the newsroom's reviews travel over it.
 */

export type DeskUrlCheck = { ok: true; url: string } | { ok: false; message: string }

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** The database URL without credentials, query or trailing slash; or why it is refused. */
export function checkDeskUrl(raw: string): DeskUrlCheck {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return {
      ok: false,
      message: 'The desk address is not a web address (e.g. https://couch.example.org/desk).'
    }
  }
  if (url.username || url.password) {
    return { ok: false, message: 'Put the name and password in their own fields, not in the desk address.' }
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname)
  if (url.protocol === 'http:' && !loopback) {
    return {
      ok: false,
      message: 'The desk address must start with https: (http: is allowed only for a server on this machine).'
    }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'The desk address must start with https:.' }
  }
  const path = url.pathname.replace(/\/+$/, '')
  if (!/^\/[a-z][a-z0-9_$()+/-]*$/.test(path) || path.split('/').length !== 2) {
    return {
      ok: false,
      message: 'The desk address must name the database, e.g. https://couch.example.org/desk.'
    }
  }
  return { ok: true, url: `${url.protocol}//${url.host}${path}` }
}
