/**
 * The release notes for a version, cut from CHANGELOG.md (Keep a Changelog: `## [1.2.0] - date`
 * sections, newest first), and the check that a tag names the version package.json carries.
 */

export type Notes = { ok: true; notes: string } | { ok: false; problem: string }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function releaseNotes(changelog: string, version: string): Notes {
  const lines = changelog.split(/\r?\n/)
  const heading = new RegExp(`^## \\[?v?${escape(version)}\\]?(\\s|$)`)
  const start = lines.findIndex((line) => heading.test(line))
  if (start < 0)
    return {
      ok: false,
      problem: `CHANGELOG.md has no section for ${version}: rename “## [Unreleased]” to “## [${version}] - <date>” (and start a new Unreleased) before tagging.`
    }
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((line) => /^## /.test(line) || /^\[[^\]]+\]:\s/.test(line))
  const notes = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim()
  if (!notes) return { ok: false, problem: `The CHANGELOG.md section for ${version} is empty.` }
  return { ok: true, notes: `${notes}\n` }
}

/** The version a tag names, if it is the one package.json carries. */
export function tagVersion(tag: string, packageVersion: string): Notes & { version?: string } {
  const version = tag.replace(/^refs\/tags\//, '').replace(/^v/, '')
  if (version !== packageVersion)
    return {
      ok: false,
      problem: `The tag ${tag} does not match package.json's version ${packageVersion}: bump the version, commit, and tag v${packageVersion}.`
    }
  return { ok: true, notes: '', version }
}
