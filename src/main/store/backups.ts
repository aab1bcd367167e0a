/**
 * Earlier versions of a data file, kept in `backups/<key>/<saved-at-ms>.json`. Just before a save
 * replaces a file, the old file is hard-linked there (a copy where links are not supported), so a
 * backup costs no writing; then versions the policy no longer wants are removed.
 */
import { copyFile, link, mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { versionsToKeep } from '../../shared/library/backup-policy'

export interface KeptVersion {
  /** The file's name in its folder without `.json`: the time it was saved, in ms. */
  versionId: string
  savedAt: string
  path: string
}

const VERSION_FILE = /^(\d{1,15})(?:-(\d{1,3}))?\.json$/
export const VERSION_ID = /^\d{1,15}(?:-\d{1,3})?$/

function savedAtOf(name: string): number | null {
  const match = VERSION_FILE.exec(name)
  return match ? Number(match[1]) : null
}

export class Backups {
  constructor(
    private readonly folder: string,
    private readonly now: () => number = Date.now
  ) {}

  /** Keeps the current content of `filePath` (if any) before it is replaced. Never fails a save. */
  async keep(key: string, filePath: string): Promise<void> {
    try {
      const { mtimeMs } = await stat(filePath)
      const folder = join(this.folder, key)
      await mkdir(folder, { recursive: true })
      await this.linkOrCopy(filePath, folder, Math.floor(mtimeMs))
      await this.prune(folder)
    } catch (error) {
      // A backup is a convenience: a full disk or an odd file system must not block the save itself.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn('Backup skipped:', error)
    }
  }

  async list(key: string): Promise<KeptVersion[]> {
    const folder = join(this.folder, key)
    let names: string[]
    try {
      names = await readdir(folder)
    } catch {
      return []
    }
    return names
      .filter((name) => savedAtOf(name) !== null)
      .map((name) => ({
        versionId: name.slice(0, -'.json'.length),
        savedAt: new Date(savedAtOf(name) ?? 0).toISOString(),
        path: join(folder, name)
      }))
      .sort((a, b) => b.versionId.localeCompare(a.versionId, 'en', { numeric: true }))
  }

  /** The path of one kept version, or null when there is no such version. */
  async find(key: string, versionId: string): Promise<string | null> {
    if (!VERSION_ID.test(versionId)) return null
    const found = (await this.list(key)).find((version) => version.versionId === versionId)
    return found?.path ?? null
  }

  async removeAll(key: string): Promise<void> {
    await rm(join(this.folder, key), { recursive: true, force: true })
  }

  private async linkOrCopy(filePath: string, folder: string, savedAt: number): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const target = join(folder, attempt ? `${savedAt}-${attempt}.json` : `${savedAt}.json`)
      try {
        await link(filePath, target)
        return
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EEXIST') {
          // The same version kept twice (a save that changed nothing on disk) is kept once.
          const [kept, current] = await Promise.all([stat(target), stat(filePath)])
          if (kept.ino === current.ino && kept.ino !== 0) return
          continue
        }
        if (code === 'EPERM' || code === 'EXDEV' || code === 'ENOTSUP' || code === 'ENOSYS') {
          await copyFile(filePath, target)
          return
        }
        throw error
      }
    }
  }

  private async prune(folder: string): Promise<void> {
    const names = await readdir(folder)
    const times = names.map(savedAtOf).filter((time): time is number => time !== null)
    const keep = new Set(versionsToKeep([...new Set(times)], this.now()))
    await Promise.all(
      names
        .filter((name) => {
          const time = savedAtOf(name)
          return time !== null && !keep.has(time)
        })
        .map((name) => rm(join(folder, name), { force: true }))
    )
  }
}
