#!/usr/bin/env node
// The `claimcheck` command: runs the CLI built by `npm run build` (out/main/cli.js).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const built = fileURLToPath(new URL('../out/main/cli.js', import.meta.url))
if (!existsSync(built)) {
  console.error('claimcheck: the command line is not built yet. Run `npm run build` first.')
  process.exit(1)
}
await import(built)
