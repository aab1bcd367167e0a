// `npm start`: build, make sure Electron's runtime is present, and launch the desktop app.
// Electron 45 fetches its binary on first use; where that cannot happen (offline, locked-down
// machines) the same app starts in the browser host instead, and says so in one line.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const run = (command, args, options = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options })

const build = run(process.execPath, [
  join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
  'build'
])
if (build.status !== 0) process.exit(build.status ?? 1)

// electron-vite reads Electron's path.txt directly, so fetch the binary before anything else.
const electronDir = dirname(require.resolve('electron/package.json'))
const install = run(process.execPath, [join(electronDir, 'install.js')], { stdio: 'pipe', timeout: 300_000 })
const passthrough = process.argv.slice(2)

if (install.status === 0) {
  const electronPath = require('electron')
  const app = spawn(electronPath, [root, ...passthrough], { cwd: root, stdio: 'inherit' })
  app.on('exit', (code) => process.exit(code ?? 0))
} else {
  const reason =
    (install.stderr?.toString() ?? '').split('\n').find((line) => line.trim()) ?? 'no reason given'
  console.log(
    `Electron's runtime could not be downloaded (${reason.trim()}), so Claimcheck starts in your browser instead.`
  )
  const host = spawn(process.execPath, [join(root, 'out', 'main', 'web-host.js'), '--open', ...passthrough], {
    cwd: root,
    stdio: 'inherit'
  })
  host.on('exit', (code) => process.exit(code ?? 0))
}
