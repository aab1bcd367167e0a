/**
 * The desktop app's desk credentials: encrypted with Electron's safeStorage (the OS keychain,
 * DPAPI or the Secret Service) into `desk/credentials.bin` (base64 of the sealed bytes), so the app reconnects after a restart.
 * Where safeStorage has no real encryption (Linux without a keyring: the "basic_text" backend),
 * the password is kept in memory only, as in the browser host. Never written in clear.
 */
import { mkdir, readFile, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { memoryVault, writeFileDurably, type CredentialVault, type DeskCredentials } from '../core'

/** The part of Electron's `safeStorage` the vault uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plainText: string): Buffer
  decryptString(encrypted: Buffer): string
  getSelectedStorageBackend?(): string
}

const Credentials = z
  .object({ url: z.string().max(2048), name: z.string().max(64), password: z.string().max(1024) })
  .strict()

export function safeStorageVault(safeStorage: SafeStorageLike, filePath: string): CredentialVault {
  const usable =
    safeStorage.isEncryptionAvailable() && safeStorage.getSelectedStorageBackend?.() !== 'basic_text'
  if (!usable) return memoryVault()
  return {
    async load(): Promise<DeskCredentials | null> {
      try {
        const parsed = Credentials.safeParse(
          JSON.parse(safeStorage.decryptString(Buffer.from(await readFile(filePath, 'utf8'), 'base64')))
        )
        return parsed.success ? parsed.data : null
      } catch {
        // Missing, or sealed by another user or machine: ask again.
        return null
      }
    },
    async save(credentials) {
      await mkdir(dirname(filePath), { recursive: true })
      await writeFileDurably(
        filePath,
        safeStorage.encryptString(JSON.stringify(credentials)).toString('base64')
      )
    },
    async clear() {
      await rm(filePath, { force: true })
    }
  }
}
