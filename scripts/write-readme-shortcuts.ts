/**
 * Writes the README's shortcut table from the command table (src/shared/commands), between its
 * markers, formatted as Prettier would. `npm run docs:shortcuts`; a unit test checks it is current.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { format } from 'prettier'
import {
  README_SHORTCUTS_END,
  README_SHORTCUTS_START,
  shortcutTableMarkdown
} from '../src/shared/commands/readme-shortcuts'

const path = join(import.meta.dirname, '..', 'README.md')
const readme = readFileSync(path, 'utf8')
const start = readme.indexOf(README_SHORTCUTS_START)
const end = readme.indexOf(README_SHORTCUTS_END)
if (start < 0 || end < start) {
  console.error(`README.md has no ${README_SHORTCUTS_START} … ${README_SHORTCUTS_END} section.`)
  process.exit(1)
}
const written =
  readme.slice(0, start + README_SHORTCUTS_START.length) +
  `\n\n${shortcutTableMarkdown()}\n\n` +
  readme.slice(end)
writeFileSync(path, await format(written, { filepath: path }))
console.log('README.md: shortcut table written from the command table.')
