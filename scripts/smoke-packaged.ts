/**
 * Smoke test of a packaged build: the fuses read back from the binary are the ones
 * `electron-builder.ts` asks for, and the app, started on an empty data folder, opens its window
 * on the sample article, with no Node in the page, and writes its log. Run after `npm run dist`
 * or `npm run dist:dir` where Electron can be downloaded (CI runs it on Linux under xvfb):
 *
 *   npx tsx scripts/smoke-packaged.ts [dist/linux-unpacked]
 *
 * Playwright's `_electron` cannot drive a packaged app (its Node inspector fuse is off), so the
 * window is reached through Chromium's DevTools port instead. Prints one JSON line; exits 1 on
 * any failure.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { getCurrentFuseWire } from '@electron/fuses'
import { chromium } from '@playwright/test'
import config from '../electron-builder'
import { SAMPLE_TITLE } from '../e2e/reading-page'
import { fuseMismatches, packagedExecutable } from './lib/packaged-app'

const defaultDir: Record<string, string> = {
  linux: 'dist/linux-unpacked',
  win32: 'dist/win-unpacked',
  darwin: process.arch === 'arm64' ? 'dist/mac-arm64' : 'dist/mac'
}
const unpacked = resolve(process.argv[2] ?? defaultDir[process.platform] ?? 'dist/linux-unpacked')
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string }
const executable = packagedExecutable(
  unpacked,
  process.platform,
  config.productName ?? 'Claimcheck',
  packageJson.name
)

function fail(message: string): never {
  console.log(JSON.stringify({ ok: false, executable, problem: message }))
  process.exit(1)
}

if (!existsSync(executable)) fail(`No packaged app at ${executable}: run \`npm run dist:dir\` first.`)

const fuses = fuseMismatches(config.electronFuses ?? {}, await getCurrentFuseWire(executable))
if (fuses.length) fail(`Fuses not flipped: ${fuses.join('; ')}`)

const dataDir = await mkdtemp(join(tmpdir(), 'claimcheck-smoke-'))
const child = spawn(executable, ['--remote-debugging-port=0'], {
  env: { ...process.env, CLAIMCHECK_DATA_DIR: dataDir, CLAIMCHECK_UPDATES: 'off' },
  stdio: ['ignore', 'pipe', 'pipe']
})
const output: string[] = []
child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
try {
  const endpoint = await new Promise<string>((found, failed) => {
    const timer = setTimeout(() => failed(new Error('No DevTools address within 60 s')), 60_000)
    createInterface({ input: child.stderr! }).on('line', (line) => {
      output.push(line)
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(line)
      if (match?.[1]) {
        clearTimeout(timer)
        found(match[1])
      }
    })
    child.once('exit', (code) => failed(new Error(`The app exited (${code}) before opening a window`)))
  })
  const browser = await chromium.connectOverCDP(endpoint)
  const page = await new Promise<import('@playwright/test').Page>((found) => {
    const existing = browser.contexts().flatMap((context) => context.pages())
    const app = existing.find((candidate) => candidate.url().startsWith('claimcheck://'))
    if (app) return found(app)
    browser.contexts()[0]?.on('page', (opened) => found(opened))
  })
  await page.getByRole('heading', { level: 1, name: SAMPLE_TITLE }).waitFor({ timeout: 60_000 })
  const scope = await page.evaluate(() => ({
    url: location.href,
    require: typeof (globalThis as Record<string, unknown>)['require'],
    process: typeof (globalThis as Record<string, unknown>)['process']
  }))
  if (scope.require !== 'undefined' || scope.process !== 'undefined')
    fail(`The page can reach Node: ${JSON.stringify(scope)}`)
  const log = readFileSync(join(dataDir, 'logs', 'claimcheck.log'), 'utf8')
  if (
    !new RegExp(`app\\.started version="${packageJson.version.replace(/\./g, '\\.')}".*packaged=true`).test(
      log
    )
  )
    fail(`The log does not record a packaged start: ${log.slice(0, 400)}`)
  await browser.close().catch(() => {})
  console.log(
    JSON.stringify({
      ok: true,
      executable,
      fuses: 'flipped',
      page: scope.url,
      sample: SAMPLE_TITLE,
      log: 'written'
    })
  )
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${output.join('').slice(-2000)}`)
} finally {
  child.kill()
  await rm(dataDir, { recursive: true, force: true }).catch(() => {})
}
