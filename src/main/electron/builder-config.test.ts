/**
 * The installer configuration (`electron-builder.ts`), loaded as electron-builder loads it: the
 * targets per platform, the files the OS opens with Claimcheck, the fuses, and the files it names.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import config, { canNotarize } from '../../../electron-builder'

const root = join(import.meta.dirname, '..', '..', '..')
const targetNames = (targets: unknown): string[] =>
  (Array.isArray(targets) ? targets : [targets]).map((target) =>
    typeof target === 'string' ? target : (target as { target: string }).target
  )

/** electron-builder's own schema check, the one `npm run dist` runs before building anything. */
async function validatedByElectronBuilder(): Promise<void> {
  const require = createRequire(createRequire(import.meta.url).resolve('electron-builder'))
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js')
  const { DebugLogger } = require('builder-util/out/DebugLogger.js')
  await validateConfiguration(config, new DebugLogger(false))
}

describe('the electron-builder configuration', () => {
  it('passes electron-builder’s own validation', async () => {
    await expect(validatedByElectronBuilder()).resolves.toBeUndefined()
  })

  it('names the app and packs it into an asar archive', () => {
    expect(config.appId).toBe('org.claimcheck.app')
    expect(config.productName).toBe('Claimcheck')
    expect(config.asar).toBe(true)
  })

  it('builds NSIS on Windows, dmg and zip on macOS, AppImage and deb on Linux', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis'])
    expect(targetNames(config.mac?.target)).toEqual(['dmg', 'zip'])
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb'])
  })

  it('signs macOS builds with the hardened runtime and an entitlements file that exists', () => {
    expect(config.mac?.hardenedRuntime).toBe(true)
    const entitlements = join(root, config.mac?.entitlements ?? 'missing')
    expect(readFileSync(entitlements, 'utf8')).toContain('com.apple.security.cs.allow-jit')
  })

  it('notarises only when the environment carries Apple credentials', () => {
    expect(config.mac?.notarize).toBe(canNotarize(process.env))
    expect(canNotarize({})).toBe(false)
    expect(canNotarize({ APPLE_ID: 'me@example.org', APPLE_TEAM_ID: 'TEAM' })).toBe(false)
    expect(
      canNotarize({ APPLE_ID: 'me@example.org', APPLE_APP_SPECIFIC_PASSWORD: 'p', APPLE_TEAM_ID: 'T' })
    ).toBe(true)
    expect(canNotarize({ APPLE_API_KEY: 'k.p8', APPLE_API_KEY_ID: 'id', APPLE_API_ISSUER: 'i' })).toBe(true)
  })

  it('opens .txt, .md, .html, .htm, .pdf and .claimcheck.json files from the OS', () => {
    const associations = [config.fileAssociations ?? []].flat()
    const extensions = associations.flatMap((association) =>
      Array.isArray(association.ext) ? association.ext : [association.ext]
    )
    expect(extensions.sort()).toEqual(['claimcheck.json', 'htm', 'html', 'md', 'pdf', 'txt'])
  })

  it('flips the fuses: no Node through the binary, asar only and checked, cookies encrypted', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true
    })
  })

  it('ships the built app, the sample article and icons that exist', () => {
    expect(config.files).toContain('out/**/*')
    const extra = Array.isArray(config.extraResources) ? config.extraResources : []
    for (const resource of extra)
      expect(existsSync(join(root, (resource as { from: string }).from))).toBe(true)
    expect(existsSync(join(root, 'resources', 'icon.png'))).toBe(true)
    expect(existsSync(join(root, 'resources', 'icons', '512x512.png'))).toBe(true)
  })
})
