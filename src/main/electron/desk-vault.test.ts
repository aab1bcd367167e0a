/**
 * The desktop vault's file handling. Electron's safeStorage runs only inside Electron; here a
 * reversible cipher stands in for the OS's sealing, to check what lands on disk and when the
 * vault falls back to memory.
 */
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFolder } from '../../../test/support/temp-folder'
import { safeStorageVault, type SafeStorageLike } from './desk-vault'

const sealing = (backend: string): SafeStorageLike => ({
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => backend,
  encryptString: (text) => Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ 0x5a)),
  decryptString: (sealed) => Buffer.from(sealed.map((byte) => byte ^ 0x5a)).toString('utf8')
})

const credentials = { url: 'https://couch.example.org/desk', name: 'ana', password: 'correct horse' }

describe('the desktop desk vault', () => {
  it('keeps the password sealed on disk, never in clear, and reads it back', async () => {
    const folder = await tempFolder()
    const file = join(folder, 'desk', 'credentials.bin')
    await safeStorageVault(sealing('gnome_libsecret'), file).save(credentials)
    expect(await readFile(file, 'utf8')).not.toContain('correct horse')
    expect(await safeStorageVault(sealing('gnome_libsecret'), file).load()).toEqual(credentials)
  })

  it('writes nothing where safeStorage would keep the text in clear', async () => {
    const folder = await tempFolder()
    const vault = safeStorageVault(sealing('basic_text'), join(folder, 'credentials.bin'))
    await vault.save(credentials)
    expect(await readdir(folder)).toEqual([])
    expect(await vault.load()).toEqual(credentials)
  })

  it('forgets the password on clear', async () => {
    const folder = await tempFolder()
    const file = join(folder, 'credentials.bin')
    const vault = safeStorageVault(sealing('keychain'), file)
    await vault.save(credentials)
    await vault.clear()
    expect(await vault.load()).toBeNull()
  })
})
