/**
 * The release pieces agree with each other: the systems CI tests and packages on, the installers
 * electron-builder makes there and the files CI uploads, the release workflow's signing secrets
 * and the README that names them, and the update feed installed copies read (electron-builder's
 * `publish`) with the repository the release workflow publishes to.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import config, { RELEASE_REPOSITORY, releaseFeed } from '../../../electron-builder'

const root = join(import.meta.dirname, '..', '..', '..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')

interface Step {
  name?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, string>
  env?: Record<string, string>
}
interface Job {
  'runs-on': string
  needs?: string | string[]
  strategy?: { matrix: { os: string[] } }
  env?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  jobs: Record<string, Job>
}
const ci = parse(read('.github/workflows/ci.yml')) as Workflow
const release = parse(read('.github/workflows/release.yml')) as Workflow
const packageJson = JSON.parse(read('package.json')) as {
  engines: { node: string }
  repository: { url: string }
  scripts: Record<string, string>
}

const SYSTEMS = ['ubuntu-latest', 'windows-latest', 'macos-latest']
/** The runner image → electron-builder's platform section. */
const platformOf = { 'ubuntu-latest': 'linux', 'windows-latest': 'win', 'macos-latest': 'mac' } as const
/** electron-builder target → the installer's file extension. */
const extensionOf: Record<string, string> = {
  nsis: 'exe',
  dmg: 'dmg',
  zip: 'zip',
  AppImage: 'AppImage',
  deb: 'deb'
}
const targetsOf = (platform: 'linux' | 'win' | 'mac'): string[] =>
  [config[platform]?.target ?? []]
    .flat()
    .map((target) => (typeof target === 'string' ? target : (target as { target: string }).target))
const runs = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n')
const uses = (job: Job, action: string) => job.steps.filter((step) => step.uses?.startsWith(`${action}@`))

describe('CI (ci.yml)', () => {
  it('runs on every push and pull request', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push'])
  })

  it('tests and packages on Linux, Windows and macOS alike', () => {
    expect(ci.jobs['test']?.strategy?.matrix.os).toEqual(SYSTEMS)
    expect(ci.jobs['installers']?.strategy?.matrix.os).toEqual(SYSTEMS)
    expect(release.jobs['installers']?.strategy?.matrix.os).toEqual(SYSTEMS)
    for (const job of [ci.jobs['test']!, ci.jobs['installers']!, release.jobs['installers']!])
      expect(job['runs-on']).toBe('${{ matrix.os }}')
  })

  it('runs the README’s npm test with Electron present, under xvfb on Linux, and fails if a journey skipped', () => {
    const test = ci.jobs['test']!
    expect(read('README.md')).toContain('npm test')
    const testSteps = test.steps.filter((step) => /\bnpm test$/.test(step.run ?? ''))
    expect(testSteps.map((step) => [step.if, step.run])).toEqual([
      ["runner.os == 'Linux'", expect.stringMatching(/^xvfb-run .* npm test$/)],
      ["runner.os != 'Linux'", 'npm test']
    ])
    expect(runs(test)).toContain('install-electron')
    expect(runs(test)).toContain('npx playwright install --with-deps chromium')
    expect(runs(test)).toContain('scripts/electron-journeys-ran.ts reports/playwright.json')
    for (const workflow of ['ci.yml', 'release.yml'])
      expect(read(`.github/workflows/${workflow}`)).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD')
  })

  it('uploads Playwright’s report when a run fails', () => {
    const [upload] = uses(ci.jobs['test']!, 'actions/upload-artifact')
    expect(upload?.if).toBe('failure()')
    expect(upload?.with?.['path']).toContain('playwright-report/')
  })

  it('uses the Node version package.json’s engines names, with npm’s cache', () => {
    for (const job of [...Object.values(ci.jobs), ...Object.values(release.jobs)])
      for (const setup of uses(job, 'actions/setup-node'))
        expect(setup.with).toEqual({ 'node-version-file': 'package.json', cache: 'npm' })
    expect(packageJson.engines.node).toMatch(/^>=\d+/)
  })

  it('uploads every installer electron-builder makes on each system', () => {
    const installers = ci.jobs['installers']!
    expect(runs(installers)).toContain('npm run dist')
    expect(packageJson.scripts['dist']).toContain('--publish never')
    const [upload] = uses(installers, 'actions/upload-artifact')
    const paths = (upload?.with?.['path'] ?? '').split('\n').filter(Boolean)
    const expected = SYSTEMS.flatMap((system) => targetsOf(platformOf[system as keyof typeof platformOf]))
    expect(expected.sort()).toEqual(['AppImage', 'deb', 'dmg', 'nsis', 'zip'])
    for (const target of expected) expect(paths).toContain(`dist/*.${extensionOf[target]}`)
    expect(paths).toHaveLength(expected.length)
    expect(upload?.with?.['if-no-files-found']).toBe('error')
  })

  it('smoke-tests the packaged Linux app under xvfb with the script in scripts/', () => {
    const smoke = ci.jobs['installers']!.steps.find((step) => step.run?.includes('smoke-packaged'))
    expect(smoke?.if).toBe("runner.os == 'Linux'")
    expect(smoke?.run).toBe('xvfb-run --auto-servernum npx tsx scripts/smoke-packaged.ts dist/linux-unpacked')
    expect(read('scripts/smoke-packaged.ts')).toContain('getCurrentFuseWire')
  })
})

describe('the release (release.yml) and the update feed', () => {
  it('runs on a version tag, and publishes only after every system’s installers are up', () => {
    expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } })
    expect(release.jobs['installers']?.needs).toBe('notes')
    expect(release.jobs['publish']?.needs).toBe('installers')
    expect(runs(release.jobs['notes']!)).toContain('scripts/release-notes.ts "$GITHUB_REF_NAME"')
    expect(runs(release.jobs['publish']!)).toMatch(
      /gh release edit "\$GITHUB_REF_NAME" .*--draft=false .*--notes-file/
    )
  })

  it('uploads installers and update metadata to the draft the feed names', () => {
    const build = release.jobs['installers']!.steps.find((step) => step.run?.includes('electron-builder'))
    expect(build?.run).toBe('npx electron-builder --publish always')
    expect(build?.env?.['GH_TOKEN']).toBe('${{ secrets.GITHUB_TOKEN }}')
    expect(config.publish).toEqual(releaseFeed(process.env))
    expect(releaseFeed({})).toEqual({ provider: 'github', ...RELEASE_REPOSITORY, releaseType: 'draft' })
    // On GitHub Actions the feed is the repository the workflow runs in, where it publishes.
    expect(releaseFeed({ GITHUB_REPOSITORY: 'newsroom/claimcheck' })).toMatchObject({
      owner: 'newsroom',
      repo: 'claimcheck'
    })
  })

  it('names the same repository in package.json as the feed', () => {
    const [, owner, repo] = /github\.com\/([^/]+)\/([^/.]+)(\.git)?$/.exec(packageJson.repository.url) ?? []
    expect({ owner, repo }).toEqual(RELEASE_REPOSITORY)
  })

  it('builds the update formats electron-updater installs: NSIS, the macOS zip, the AppImage', () => {
    expect(targetsOf('win')).toContain('nsis')
    expect(targetsOf('mac')).toContain('zip')
    expect(targetsOf('linux')).toContain('AppImage')
  })

  it('passes every signing secret the README names, and the README names every one it passes', () => {
    const build = release.jobs['installers']!.steps.find((step) => step.run?.includes('electron-builder'))!
    const passed = Object.values(build.env ?? {})
      .flatMap((value) => [...value.matchAll(/secrets\.([A-Z_]+)/g)].map((match) => match[1]!))
      .filter((name) => name !== 'GITHUB_TOKEN')
    const readme = read('README.md')
    const section = readme.slice(
      readme.indexOf('### Releasing'),
      readme.indexOf('\n## ', readme.indexOf('### Releasing'))
    )
    const named = [...section.matchAll(/`([A-Z][A-Z_]+)`/g)].map((match) => match[1]!)
    for (const secret of [
      'CSC_LINK',
      'CSC_KEY_PASSWORD',
      'APPLE_ID',
      'APPLE_APP_SPECIFIC_PASSWORD',
      'APPLE_TEAM_ID',
      'WIN_CSC_LINK',
      'WIN_CSC_KEY_PASSWORD'
    ])
      expect(passed).toContain(secret)
    for (const secret of passed) expect(named).toContain(secret)
    expect(named).toContain('GH_TOKEN')
  })
})
