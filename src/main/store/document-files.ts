/**
 * A document's two files (see `shared/library/document-parts.ts`): the review,
 * `documents/<id>.json`, rewritten on every change, and the article it names,
 * `articles/<id>.<key>.article`, written once per version of the text.
 *
 * Reading takes either a review and its article or a whole document written before the split
 * (schemaVersion 1–2), which is read as it is and split the first time it is saved. Writing puts a
 * new article down first, under a new key, then the review that names it, each durably (temp file,
 * fsync, rename): a crash leaves the old pair or the new one, and at worst an article no review
 * names yet, which the next start removes.
 */
import { randomBytes } from 'node:crypto'
import { readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Adapter } from 'lowdb'
import { documentMigrations } from '../../shared/data-migrations'
import {
  ReviewFile,
  decodeArticle,
  encodeArticlePieces,
  joinDocument,
  sameArticle,
  splitDocument,
  type ArticleParts
} from '../../shared/library/document-parts'
import { SCHEMA_VERSION, StoredDocument, type FileStamp } from '../../shared/model'
import type { Backups } from './backups'
import { moveAside, type DamagedFile } from './folder-check'
import {
  UnreadableFileError,
  checkData,
  parseJson,
  readTextFile,
  writeFileDurably
} from './durable-json-file'
import { ARTICLES_FOLDER, articleFileName, articlePath, documentBackups, documentPath } from './store-layout'

/** The article a document's review names, as it is on disk. */
export type ArticleOnDisk = ArticleParts & { key: string }

export interface DocumentOnDisk {
  document: StoredDocument
  /** Null for a whole document written before the split: its first save splits it. */
  article: ArticleOnDisk | null
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Reads a document from its review file at `reviewPath` (its own, or a kept version) and the
 * article it names: null when the review does not exist, an UnreadableFileError naming the file
 * at fault when either cannot be used. `beforeParse` runs between the reads and the parse.
 */
export async function readDocumentAt(
  dataDir: string,
  id: string,
  reviewPath: string,
  beforeParse?: () => Promise<void>
): Promise<DocumentOnDisk | null> {
  const raw = await readTextFile(reviewPath)
  if (raw === null) return null
  const json = parseJson(reviewPath, raw)
  const version = isRecord(json) ? json['schemaVersion'] : undefined
  // A whole document: from before the split, or of this version but written whole (by hand, a tool).
  const whole = isRecord(json) && typeof json['text'] === 'string' && !('articleKey' in json)
  if (typeof version === 'number' && (version < SCHEMA_VERSION || (version === SCHEMA_VERSION && whole))) {
    await beforeParse?.()
    const document = checkData(reviewPath, json, StoredDocument, documentMigrations)
    return { document, article: null }
  }
  const review = checkData(reviewPath, json, ReviewFile)
  const path = articlePath(dataDir, id, review.articleKey)
  const articleRaw = await readTextFile(path)
  if (articleRaw === null) {
    throw new UnreadableFileError(reviewPath, `the article file it names (${review.articleKey}) is missing`)
  }
  await beforeParse?.()
  const decoded = decodeArticle(articleRaw, { id, key: review.articleKey })
  if (!decoded.ok)
    throw new UnreadableFileError(path, `the article file it names cannot be read: ${decoded.reason}`)
  if (review.id !== id) throw new UnreadableFileError(reviewPath, 'it names another document')
  return {
    document: joinDocument(review, decoded.article),
    article: { ...decoded.article, key: review.articleKey }
  }
}

/** The document `id` from its files in `dataDir`, or null when it has none. */
export async function readDocumentFiles(dataDir: string, id: string): Promise<DocumentOnDisk | null> {
  return readDocumentAt(dataDir, id, documentPath(dataDir, id))
}

/** The keys of every article file of `id` in the folder. */
export async function articleKeysOf(dataDir: string, id: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(join(dataDir, ARTICLES_FOLDER))
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const parsed = articleFileName(name)
    return parsed?.id === id ? [parsed.key] : []
  })
}

/** Removes every article file of a document (deleted for good). */
export async function removeArticles(dataDir: string, id: string): Promise<void> {
  for (const key of await articleKeysOf(dataDir, id)) await rm(articlePath(dataDir, id, key), { force: true })
}

/** The article keys the kept versions of a document's review name. */
async function keysOfKeptVersions(backups: Backups, id: string): Promise<Set<string>> {
  const keys = new Set<string>()
  for (const version of await backups.list(documentBackups(id))) {
    try {
      const json: unknown = JSON.parse(await readFile(version.path, 'utf8'))
      if (isRecord(json) && typeof json['articleKey'] === 'string') keys.add(json['articleKey'])
    } catch {
      // A version that cannot be read cannot be restored either.
    }
  }
  return keys
}

const newArticleKey = (): string => randomBytes(6).toString('hex')

/**
 * A lowdb adapter over a document's two files. Writes are group-committed like DurableJsonFile's:
 * while one is on its way to disk, later calls share the next, which stores the newest document.
 * A write puts down a new article only when the text or structure changed (a new version, a
 * restored one, or the first save of a document written before the split); otherwise it rewrites
 * the review alone, whose old content is kept among the document's versions.
 */
export class DocumentFile implements Adapter<StoredDocument> {
  private queue: Promise<unknown> = Promise.resolve()
  private nextWrite: Promise<FileStamp> | null = null
  private latest: StoredDocument | null = null
  /** The newest document on disk and its review's stamp (see DurableJsonFile.lastWritten). */
  lastWritten: { data: StoredDocument; stamp: FileStamp } | null = null

  constructor(
    private readonly dataDir: string,
    private readonly id: string,
    private readonly backups: Backups,
    /** The article the review on disk names; null when there is none yet (new or whole file). */
    private article: ArticleOnDisk | null,
    /** A new document: no earlier article of it can be on disk to remove. */
    private fresh = false
  ) {}

  async read(): Promise<StoredDocument | null> {
    return (await readDocumentFiles(this.dataDir, this.id))?.document ?? null
  }

  save(document: StoredDocument): Promise<FileStamp> {
    this.latest = document
    if (this.nextWrite) return this.nextWrite
    const next = this.queue.then(async () => {
      this.nextWrite = null
      const data = this.latest as StoredDocument
      const stamp = await this.writeBoth(data)
      this.lastWritten = { data, stamp }
      return stamp
    })
    this.nextWrite = next
    this.queue = next.catch(() => undefined)
    return next
  }

  async write(document: StoredDocument): Promise<void> {
    await this.save(document)
  }

  private async writeBoth(document: StoredDocument): Promise<FileStamp> {
    const previous = this.article
    let article = previous
    if (!article || !sameArticle(article, document)) {
      const key = newArticleKey()
      const { text, blocks, claims, inlines } = document
      const parts: ArticleParts = { text, blocks, claims, ...(inlines ? { inlines } : {}) }
      await writeFileDurably(
        articlePath(this.dataDir, this.id, key),
        encodeArticlePieces(this.id, key, parts)
      )
      article = { ...parts, key }
    }
    const { review } = splitDocument(document, article.key)
    const reviewFile = documentPath(this.dataDir, this.id)
    const stamp = await writeFileDurably(reviewFile, JSON.stringify(review), {
      beforeReplace: (path) => this.backups.keep(documentBackups(this.id), path)
    })
    this.article = article
    // A new text replaced an earlier one, or a split finished (a split cut short may have left one).
    if (previous?.key !== article.key && !this.fresh) await this.removeUnnamedArticles(article.key)
    this.fresh = false
    return stamp
  }

  /** Removes the articles neither the review nor any kept version names (a text replaced). */
  private async removeUnnamedArticles(current: string): Promise<void> {
    try {
      const named = await keysOfKeptVersions(this.backups, this.id)
      named.add(current)
      for (const key of await articleKeysOf(this.dataDir, this.id)) {
        if (!named.has(key)) await rm(articlePath(this.dataDir, this.id, key), { force: true })
      }
    } catch (error) {
      // Only space is at stake: the save itself has landed.
      console.warn('Earlier article files were not removed:', error)
    }
  }
}

/**
 * Keeps a document that cannot be read aside, whole: its review and every article file it has go
 * into `damaged/` unchanged. Answers the review as the file to name (the articles go with it).
 */
export async function moveDocumentAside(
  dataDir: string,
  id: string,
  reason: string,
  now: Date
): Promise<DamagedFile[]> {
  const articles = (await articleKeysOf(dataDir, id)).map((key) => articlePath(dataDir, id, key))
  const review = await moveAside(dataDir, documentPath(dataDir, id), reason, now)
  for (const path of articles) await moveAside(dataDir, path, reason, now)
  return [articles.length ? { ...review, reason: `${reason}; its article files were moved with it` } : review]
}
