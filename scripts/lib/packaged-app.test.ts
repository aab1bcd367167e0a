/**
 * The fuse check on a real file laid out like Electron's binary (the fuse sentinel, the wire's
 * version and length, one byte per fuse), read back with @electron/fuses as the smoke test does.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { getCurrentFuseWire } from '@electron/fuses'
import { describe, expect, it } from 'vitest'
import config from '../../electron-builder'
import { tempFolder } from '../../test/support/temp-folder'
import { FuseState, fuseMismatches, packagedExecutable } from './packaged-app'

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

async function fakeBinary(states: number[]): Promise<string> {
  const file = join(await tempFolder(), 'claimcheck')
  const wire = Buffer.from([1, states.length, ...states])
  await writeFile(
    file,
    Buffer.concat([Buffer.from('\x7fELF padding…'), Buffer.from(SENTINEL), wire, Buffer.from('tail')])
  )
  return file
}

const { ENABLE: on, DISABLE: off } = FuseState

describe('fuseMismatches', () => {
  it('accepts a binary whose fuses are flipped as electron-builder.ts says', async () => {
    // RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyAsar, V8Snapshot, FileProtocol
    const wire = await getCurrentFuseWire(await fakeBinary([off, on, off, off, on, on, off, off]))
    expect(fuseMismatches(config.electronFuses!, wire)).toEqual([])
  })

  it('names each fuse left as Electron ships it', async () => {
    const stock = await getCurrentFuseWire(await fakeBinary([on, off, on, on, off, off, off, on]))
    expect(fuseMismatches(config.electronFuses!, stock)).toEqual([
      'runAsNode: expected off, the binary has on',
      'enableNodeOptionsEnvironmentVariable: expected off, the binary has on',
      'enableNodeCliInspectArguments: expected off, the binary has on',
      'enableEmbeddedAsarIntegrityValidation: expected on, the binary has off',
      'onlyLoadAppFromAsar: expected on, the binary has off',
      'enableCookieEncryption: expected on, the binary has off',
      'grantFileProtocolExtraPrivileges: expected off, the binary has on'
    ])
  })
})

describe('packagedExecutable', () => {
  it('finds the app in electron-builder’s unpacked folder on each system', () => {
    expect(packagedExecutable('dist/linux-unpacked', 'linux', 'Claimcheck', 'claimcheck')).toBe(
      join('dist/linux-unpacked', 'claimcheck')
    )
    expect(packagedExecutable('dist/win-unpacked', 'win32', 'Claimcheck', 'claimcheck')).toBe(
      join('dist/win-unpacked', 'Claimcheck.exe')
    )
    expect(packagedExecutable('dist/mac-arm64', 'darwin', 'Claimcheck', 'claimcheck')).toBe(
      join('dist/mac-arm64', 'Claimcheck.app', 'Contents', 'MacOS', 'Claimcheck')
    )
  })
})
