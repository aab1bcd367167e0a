import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { releaseNotes, tagVersion } from './changelog'

const changelog = `# Changelog

## [Unreleased]

### Fixed

- Not yet released.

## [1.2.0] - 2027-01-10

### Added

- Restart to update.

### Fixed

- The About box names the logs.

## [1.1.0] - 2026-12-20

- Older.

[Unreleased]: https://github.com/o/r/compare/v1.2.0...HEAD
[1.2.0]: https://github.com/o/r/compare/v1.1.0...v1.2.0
`

describe('releaseNotes', () => {
  it('cuts the version’s own section, up to the next one', () => {
    expect(releaseNotes(changelog, '1.2.0')).toEqual({
      ok: true,
      notes: '### Added\n\n- Restart to update.\n\n### Fixed\n\n- The About box names the logs.\n'
    })
  })

  it('stops before the link definitions at the end', () => {
    expect(releaseNotes(changelog, '1.1.0')).toEqual({ ok: true, notes: '- Older.\n' })
  })

  it('says what to do when the version has no section', () => {
    expect(releaseNotes(changelog, '1.3.0')).toMatchObject({
      ok: false,
      problem: /no section for 1\.3\.0: rename/
    })
    expect(releaseNotes(changelog, '1.2')).toMatchObject({ ok: false })
  })

  it('reads the project’s own CHANGELOG.md (Keep a Changelog, with an Unreleased section)', () => {
    const own = readFileSync(join(import.meta.dirname, '..', '..', 'CHANGELOG.md'), 'utf8')
    expect(own).toMatch(/Keep a Changelog/)
    expect(own).toMatch(/^## \[Unreleased\]$/m)
    expect(releaseNotes(own, 'Unreleased')).toMatchObject({ ok: true, notes: /### Added/ })
  })
})

describe('tagVersion', () => {
  it('accepts the tag of package.json’s version and refuses any other', () => {
    expect(tagVersion('v1.2.0', '1.2.0')).toMatchObject({ ok: true, version: '1.2.0' })
    expect(tagVersion('refs/tags/v1.2.0', '1.2.0')).toMatchObject({ ok: true })
    expect(tagVersion('v1.2.1', '1.2.0')).toMatchObject({
      ok: false,
      problem: /does not match package.json's version 1\.2\.0/
    })
  })
})
