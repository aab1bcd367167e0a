/**
 * The first look at a desk address, in the connect dialog, before anything is sent: a CouchDB
 * database's URL over https, or http on this computer only (loopback). The engine checks again.
 */
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]'])

export function isLoopbackHost(hostname: string): boolean {
  return loopbackHosts.has(hostname.toLowerCase()) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
}

/** What is wrong with `address`, in words, or null when it can be tried. */
export function deskAddressProblem(address: string): string | null {
  const trimmed = address.trim()
  if (!trimmed) return 'Enter the desk’s address: the web address of its CouchDB database.'
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return 'That is not a web address. It looks like https://couch.example.org/newsdesk.'
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return 'A desk on another computer needs https://. Plain http:// is only for a desk on this computer (localhost or 127.0.0.1).'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'A desk address starts with https:// (or http:// for a desk on this computer).'
  }
  if (url.username || url.password) {
    return 'Leave the name and password out of the address: type them in their own fields.'
  }
  if (url.pathname.replace(/\/+$/, '') === '') {
    return 'Add the database to the address, e.g. https://couch.example.org/newsdesk.'
  }
  return null
}
