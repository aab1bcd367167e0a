/** Serves the built renderer's files, never anything outside its folder: both hosts use it. */
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

export interface StaticFile {
  body: Buffer
  contentType: string
}

/** Resolves a URL path inside `root`; null when it escapes the folder or does not exist. */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const filePath = normalize(join(root, relative))
  if (!filePath.startsWith(normalize(root) + sep)) return null
  try {
    return {
      body: await readFile(filePath),
      contentType: mimeTypes[extname(filePath)] ?? 'application/octet-stream'
    }
  } catch {
    return null
  }
}
