/** True only for URLs that parse and use http or https: the only links handed to a browser. */
export function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
  } catch {
    return false
  }
}
