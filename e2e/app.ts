/**
 * Starts Claimcheck for a test on a fresh temp data folder: the browser host (a real HTTP server,
 * driven in Chromium) or the Electron app where its binary exists. Waits on what the app prints or
 * emits, never on sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test'

export const projectRoot = fileURLToPath(new URL('../', import.meta.url))

export async function newDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'claimcheck-e2e-'))
}

export interface BrowserHost {
  url: string
  dataDir: string
  output: string[]
  stop: () => Promise<void>
}

export interface HostOptions {
  /**
   * `CLAIMCHECK_PORT` for the host: by default '0', any free port, so parallel tests never collide;
   * null leaves it unset, so the host takes the port it used last (or any, the first time).
   */
  port?: string | null
  args?: string[]
}

/**
 * Runs the built browser host (`out/main/web-host.js`) and resolves with the URL it prints.
 * CLAIMCHECK_HOST_NODE_ARGS adds flags to its Node (e.g. `--cpu-prof --cpu-prof-dir=/tmp/profiles`
 * to profile a benchmark's host; Node refuses those in NODE_OPTIONS).
 */
export async function startBrowserHost(dataDir?: string, options: HostOptions = {}): Promise<BrowserHost> {
  const folder = dataDir ?? (await newDataDir())
  const nodeArgs = process.env.CLAIMCHECK_HOST_NODE_ARGS?.split(' ').filter(Boolean) ?? []
  const { PORT: _unused, CLAIMCHECK_PORT: _unset, ...inherited } = process.env
  const port = options.port === undefined ? '0' : options.port
  const child = spawn(
    process.execPath,
    [...nodeArgs, join(projectRoot, 'out', 'main', 'web-host.js'), ...(options.args ?? [])],
    {
      env: { ...inherited, CLAIMCHECK_DATA_DIR: folder, ...(port === null ? {} : { CLAIMCHECK_PORT: port }) },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  const output: string[] = []
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.on('line', (line) => {
      output.push(line)
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(line)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`The browser host exited (${code}): ${output.join('\n')}`)))
  })
  return { url, dataDir: folder, output, stop: () => stopChild(child, dataDir ? null : folder) }
}

async function stopChild(child: ChildProcess, removeFolder: string | null): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  if (removeFolder) await rm(removeFolder, { recursive: true, force: true })
}

/** Where Electron's binary would be; null when it was never downloaded (as on CI machines). */
export function electronBinary(): string | null {
  const require = createRequire(import.meta.url)
  const packageDir = join(require.resolve('electron/package.json'), '..')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8'))
  return existsSync(binary) ? binary : null
}

export interface DesktopApp {
  app: ElectronApplication
  window: Page
  dataDir: string
  stop: () => Promise<void>
}

/** `files` are passed on the command line, as the OS passes a file opened with Claimcheck. */
export async function startElectronApp(dataDir?: string, files: string[] = []): Promise<DesktopApp> {
  const folder = dataDir ?? (await newDataDir())
  const app = await electron.launch({
    executablePath: electronBinary() ?? undefined,
    args: [join(projectRoot, 'out', 'main', 'index.js'), ...files],
    env: { ...process.env, CLAIMCHECK_DATA_DIR: folder }
  })
  const window = await app.firstWindow()
  let stopped = false
  return {
    app,
    window,
    dataDir: folder,
    stop: async () => {
      if (stopped) return
      stopped = true
      await app.close()
      if (!dataDir) await rm(folder, { recursive: true, force: true })
    }
  }
}
