import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { applyChange, type AnnotationChange } from '../annotations/changes'
import { buildArticle } from '../document/build-article'
import { SCHEMA_VERSION, emptyAnnotations, type StoredDocument } from '../model'
import { exportFileName, exportMarkdown } from './markdown'

const at = '2026-11-25T10:00:00.000Z'

function reviewed(
  paragraph: string,
  changes: AnnotationChange[],
  title = 'Ferry *Times* #1'
): StoredDocument {
  const article = buildArticle({
    title,
    source: 'ferry.txt',
    blocks: [{ type: 'paragraph', text: paragraph }]
  })
  const annotations = changes.reduce(
    (current, change) => applyChange(article, current, change, at),
    emptyAnnotations()
  )
  return { schemaVersion: SCHEMA_VERSION, id: 'ferry', addedAt: at, ...article, annotations }
}

const ferry = reviewed('The ferry leaves at 9. It takes 40 minutes. Tickets cost $5. It never runs late.', [
  { kind: 'set-status', claimId: 'c1', status: 'verified' },
  { kind: 'set-status', claimId: 'c2', status: 'disputed' },
  { kind: 'set-note', claimId: 'c2', note: 'The timetable says 55 minutes.\nSecond line.' },
  { kind: 'set-status', claimId: 'c3', status: 'needs-source' },
  { kind: 'set-note', claimId: 'c4', note: 'Ask the operator.' },
  { kind: 'add-highlight', highlightId: 'h1', start: 4, end: 9, color: 'blue', note: '' },
  {
    kind: 'add-highlight',
    highlightId: 'h2',
    start: 44,
    end: 60,
    color: 'purple',
    note: 'Cheap *for* a ferry.'
  }
])

describe('exportMarkdown', () => {
  const markdown = exportMarkdown(ferry, { exportedAt: at })

  it('starts with YAML front matter: title, source, date and counts per status', () => {
    const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
    expect(parseYaml(match?.[1] ?? '')).toEqual({
      title: 'Ferry *Times* #1',
      source: 'ferry.txt',
      exported: at,
      claims: 4,
      verified: 1,
      disputed: 1,
      needs_source: 1,
      not_a_claim: 0,
      unreviewed: 1
    })
  })

  it('counts a sentence marked not a claim in the front matter and summary, and lists it nowhere', () => {
    const transition = reviewed('The ferry leaves at 9. More on that below. Tickets cost $5.', [
      { kind: 'set-status', claimId: 'c1', status: 'verified' },
      { kind: 'set-status', claimId: 'c2', status: 'not-a-claim' }
    ])
    const exported = exportMarkdown(transition, { exportedAt: at })
    const frontMatter = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(exported)?.[1] ?? '') as Record<
      string,
      unknown
    >
    expect(frontMatter).toMatchObject({ claims: 3, verified: 1, not_a_claim: 1, unreviewed: 1 })
    expect(exported).toContain(
      '1 of 2 claims reviewed: 1 verified, 0 disputed, 0 need a source. 1 sentence marked not a claim left out.'
    )
    expect(exported).not.toContain('More on that below.')
    expect(exported).not.toContain('## Not a claim')
  })

  it('groups claims under a heading per status, each quoted with its labelled note below, then highlights', () => {
    const body = markdown.slice(markdown.indexOf('# '))
    expect(body).toBe(
      [
        '# Ferry \\*Times\\* #1',
        '',
        '3 of 4 claims reviewed: 1 verified, 1 disputed, 1 need a source.',
        '',
        '## Verified',
        '',
        '> The ferry leaves at 9.',
        '',
        '## Disputed',
        '',
        '> It takes 40 minutes.',
        '',
        '**Note:** The timetable says 55 minutes.\\',
        'Second line.',
        '',
        '## Needs source',
        '',
        '> Tickets cost $5.',
        '',
        '## Notes on unreviewed claims',
        '',
        '> It never runs late.',
        '',
        '**Note:** Ask the operator.',
        '',
        '## Highlights',
        '',
        '> ferry',
        '',
        '> Tickets cost $5.',
        '',
        '**Note:** Cheap \\*for\\* a ferry.',
        ''
      ].join('\n')
    )
  })

  it('escapes text that would otherwise become Markdown syntax', () => {
    const hostile = reviewed('Use <script>alert(1)</script> and *stars* | pipes `ticks`.', [
      { kind: 'set-status', claimId: 'c1', status: 'verified' },
      {
        kind: 'set-note',
        claimId: 'c1',
        note: 'Look:\n\n# not a heading\n- not a list\n[x](javascript:alert(1))'
      }
    ])
    const out = exportMarkdown(hostile, { exportedAt: at })
    expect(out).toContain('> Use \\<script>alert(1)\\</script> and \\*stars\\* | pipes \\`ticks\\`.')
    expect(out).toContain('\\# not a heading')
    expect(out).toContain('\\- not a list')
    expect(out).toContain('\\[x]\\(javascript:alert(1))')
  })
})

describe('exportFileName', () => {
  it('makes a lowercase, dash-separated name safe on every OS', () => {
    expect(exportFileName('Trump: "What?" / Why <now>', 'md')).toBe('trump-what-why-now.md')
    expect(exportFileName('***', 'md')).toBe('claimcheck-export.md')
  })

  it('never ends the name with a dash when a long title is cut', () => {
    expect(exportFileName(`${'a'.repeat(79)} tail`, 'md')).toBe(`${'a'.repeat(79)}.md`)
  })
})
