/**
 * How `npm run dist` packages Claimcheck for users: NSIS on Windows, a dmg and a zip on macOS
 * (hardened runtime, entitlements), AppImage and deb on Linux; asar with the fuses flipped.
 * Signing and notarisation come from the environment only (see the README's release section), so
 * an unsigned build works on any machine and no secret ever lives in this file. `publish` names the
 * GitHub release feed the release workflow fills and electron-updater reads.
 */
import type { Configuration } from 'electron-builder'

/** Files Claimcheck opens from the OS: articles, and its own backups. */
export const fileAssociations: NonNullable<Configuration['fileAssociations']> = [
  { ext: ['txt', 'md'], name: 'Text article', role: 'Viewer', mimeType: 'text/plain' },
  { ext: ['html', 'htm'], name: 'Web page', role: 'Viewer', mimeType: 'text/html' },
  { ext: 'pdf', name: 'PDF report', role: 'Viewer', mimeType: 'application/pdf' },
  {
    ext: 'claimcheck.json',
    name: 'Claimcheck backup',
    role: 'Editor',
    mimeType: 'application/x-claimcheck+json',
    description: 'A Claimcheck review and its article'
  }
]

/** The GitHub repository releases go to, unless GITHUB_REPOSITORY names another (a fork's CI). */
export const RELEASE_REPOSITORY = { owner: 'claimcheck', repo: 'claimcheck' }

/**
 * Where the release workflow publishes installers and update metadata (latest*.yml), and where an
 * installed copy looks for updates (electron-builder writes it into the app as app-update.yml): the
 * repository's GitHub releases. A draft until the release workflow's last job publishes it with
 * its notes, so users never see half a release.
 */
export function releaseFeed(env: NodeJS.ProcessEnv) {
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/')
  return {
    provider: 'github' as const,
    owner: owner && repo ? owner : RELEASE_REPOSITORY.owner,
    repo: owner && repo ? repo : RELEASE_REPOSITORY.repo,
    releaseType: 'draft' as const
  }
}

/** Notarisation needs one complete set of Apple credentials (the three ways notarytool accepts). */
export function canNotarize(env: NodeJS.ProcessEnv): boolean {
  return Boolean(
    (env['APPLE_API_KEY'] && env['APPLE_API_KEY_ID'] && env['APPLE_API_ISSUER']) ||
    (env['APPLE_ID'] && env['APPLE_APP_SPECIFIC_PASSWORD'] && env['APPLE_TEAM_ID']) ||
    (env['APPLE_KEYCHAIN'] && env['APPLE_KEYCHAIN_PROFILE'])
  )
}

const config: Configuration = {
  appId: 'org.claimcheck.app',
  productName: 'Claimcheck',
  copyright: 'Copyright © Claimcheck contributors',
  directories: { buildResources: 'resources', output: 'dist' },
  // The built app and its runtime dependencies only; sources, tests and fixtures stay out, and so
  // does pdf.js's optional native canvas (~30 MB): text extraction never draws a page.
  files: ['out/**/*', 'package.json', '!out/**/*.map', '!**/node_modules/@napi-rs/canvas*/**'],
  extraResources: [{ from: 'resources/sample-article.txt', to: 'sample-article.txt' }],
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false
  },
  fileAssociations,
  win: {
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
    icon: 'resources/icon.png'
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    artifactName: '${productName}-Setup-${version}-${arch}.${ext}'
  },
  mac: {
    target: [
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] }
    ],
    category: 'public.app-category.productivity',
    icon: 'resources/icon.png',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'resources/entitlements.mac.plist',
    entitlementsInherit: 'resources/entitlements.mac.plist',
    // CSC_LINK / CSC_KEY_PASSWORD (or a keychain identity) sign; the APPLE_* variables notarise.
    notarize: canNotarize(process.env)
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'resources/icons',
    maintainer: 'Claimcheck contributors <claimcheck@users.noreply.github.com>',
    synopsis: 'Check what an article claims'
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2'] },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  // Publishing is the release workflow's job (`--publish always` with GH_TOKEN); `npm run dist`
  // passes `--publish never`, so a local or CI build only writes dist/.
  publish: releaseFeed(process.env)
}

export default config
