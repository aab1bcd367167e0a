/**
 * What the smoke test of a packaged build checks, as plain functions: where the executable is in
 * electron-builder's unpacked output, and whether the fuses read back from it are the ones
 * `electron-builder.ts` asks for.
 */
import { join } from 'node:path'
import { FuseV1Options } from '@electron/fuses'
import type { Configuration } from 'electron-builder'

/** A fuse's byte on the wire: ASCII '1' on, '0' off (@electron/fuses' FuseState, not exported). */
export const FuseState = { ENABLE: 0x31, DISABLE: 0x30 } as const

type FuseSettings = NonNullable<Configuration['electronFuses']>

/** electron-builder's option name → the fuse's place on Electron's fuse wire. */
const fuseIndex: Record<keyof FuseSettings, FuseV1Options | null> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
  // Options that are not fuses on the wire.
  resetAdHocDarwinSignature: null,
  strictlyRequireAllFuses: null
} as Record<keyof FuseSettings, FuseV1Options | null>

/** The executable electron-builder puts in its unpacked folder (`dist/linux-unpacked` etc.). */
export function packagedExecutable(unpackedDir: string, platform: string, productName: string, name: string) {
  if (platform === 'darwin') return join(unpackedDir, `${productName}.app`, 'Contents', 'MacOS', productName)
  if (platform === 'win32') return join(unpackedDir, `${productName}.exe`)
  return join(unpackedDir, name)
}

/** Each configured fuse whose state in the binary differs, said plainly; empty when all match. */
export function fuseMismatches(settings: FuseSettings, wire: Partial<Record<number, number>>): string[] {
  const problems: string[] = []
  for (const [option, wanted] of Object.entries(settings)) {
    const index = fuseIndex[option as keyof FuseSettings]
    if (index === null || index === undefined || typeof wanted !== 'boolean') continue
    const found = wire[index]
    const expected = wanted ? FuseState.ENABLE : FuseState.DISABLE
    if (found !== expected)
      problems.push(
        `${option}: expected ${wanted ? 'on' : 'off'}, the binary has ${
          found === FuseState.ENABLE ? 'on' : found === FuseState.DISABLE ? 'off' : `state ${found ?? 'none'}`
        }`
      )
  }
  return problems
}
