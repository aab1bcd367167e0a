import { randomBytes } from 'node:crypto'

/** A readable, file-name-safe id: a slug of the title and a random suffix. */
export function newDocumentId(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  const suffix = randomBytes(4).toString('hex')
  return slug ? `${slug}-${suffix}` : `document-${suffix}`
}
