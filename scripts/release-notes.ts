/**
 * Prints the release notes for a tag from CHANGELOG.md, after checking that the tag names the
 * version in package.json; exits 1 with what to fix otherwise. The release workflow runs it:
 *   npx tsx scripts/release-notes.ts v1.2.0 > release-notes.md
 */
import { readFileSync } from 'node:fs'
import { releaseNotes, tagVersion } from './lib/changelog'

const tag = process.argv[2] ?? ''
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
const matched = tagVersion(tag, version)
const notes = matched.ok ? releaseNotes(readFileSync('CHANGELOG.md', 'utf8'), version) : matched
if (!notes.ok) {
  console.error(notes.problem)
  process.exit(1)
}
process.stdout.write(notes.notes)
