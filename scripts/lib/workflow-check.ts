/**
 * Checks a GitHub Actions workflow file without GitHub: YAML syntax, the workflow format (a strict
 * JSON Schema written from GitHub's syntax reference, `github-workflow.schema.json`, with ajv),
 * and what a schema cannot see: `needs` naming real jobs, `${{ }}` closed, `matrix.*` keys the
 * job's matrix defines, and no `secrets` in an `if:` (GitHub refuses that context there).
 * actionlint does this and more, but it is a Go binary that cannot be installed here.
 */
import { readFileSync } from 'node:fs'
import { Ajv, type ErrorObject } from 'ajv'
import { parseDocument } from 'yaml'

const schema = JSON.parse(
  readFileSync(new URL('./github-workflow.schema.json', import.meta.url), 'utf8')
) as object
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const where = (path: (string | number)[]) =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('') ||
  '(top)'

function schemaProblems(errors: ErrorObject[]): string[] {
  // oneOf reports every branch; the most specific errors (deepest path) say what is wrong.
  const deepest = Math.max(...errors.map((error) => error.instancePath.split('/').length))
  const chosen = errors.filter(
    (error) => error.instancePath.split('/').length === deepest || error.keyword === 'additionalProperties'
  )
  return [
    ...new Set(
      chosen.map((error) => {
        const path = error.instancePath.slice(1).replace(/\//g, '.') || '(top)'
        const extra =
          error.keyword === 'additionalProperties' ? ` “${String(error.params['additionalProperty'])}”` : ''
        return `${path}: ${error.message ?? error.keyword}${extra}`
      })
    )
  ]
}

function visitStrings(
  value: Json,
  path: (string | number)[],
  visit: (text: string, path: (string | number)[]) => void
) {
  if (typeof value === 'string') visit(value, path)
  else if (Array.isArray(value)) value.forEach((item, i) => visitStrings(item, [...path, i], visit))
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) visitStrings(item, [...path, key], visit)
}

function semanticProblems(workflow: { [key: string]: Json }): string[] {
  const problems: string[] = []
  const jobs = (workflow['jobs'] ?? {}) as { [id: string]: { [key: string]: Json } }
  visitStrings(workflow, [], (text, path) => {
    const opened = text.split('${{').length - 1
    const closed = (text.match(/\}\}/g) ?? []).length
    if (opened > closed) problems.push(`${where(path)}: an expression “\${{” is not closed with “}}”`)
  })
  for (const [id, job] of Object.entries(jobs)) {
    const needs = job['needs'] === undefined ? [] : [job['needs']].flat()
    for (const need of needs)
      if (typeof need === 'string' && !(need in jobs)) problems.push(`jobs.${id}.needs: no job “${need}”`)
    const matrix = (job['strategy'] as { matrix?: Json } | undefined)?.matrix
    const keys =
      matrix && typeof matrix === 'object' && !Array.isArray(matrix)
        ? new Set([
            ...Object.keys(matrix),
            ...[matrix['include'] ?? []]
              .flat()
              .flatMap((row) => (row && typeof row === 'object' ? Object.keys(row) : []))
          ])
        : null
    visitStrings(job, ['jobs', id], (text, path) => {
      for (const [, key] of text.matchAll(/\bmatrix\.([A-Za-z_][A-Za-z0-9_-]*)/g))
        if (keys === null || !keys.has(key!))
          problems.push(`${where(path)}: matrix.${key} is not in jobs.${id}'s matrix`)
      if (path.at(-1) === 'if' && /\bsecrets\./.test(text))
        problems.push(`${where(path)}: the secrets context is not available in “if:”; pass it through env`)
    })
  }
  return problems
}

/** Every problem in one workflow file, as `file: where: what`; empty when it is sound. */
export function checkWorkflow(fileName: string, text: string): string[] {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true })
  if (document.errors.length)
    return document.errors.map((error) => `${fileName}: ${error.message.split('\n')[0]}`)
  const workflow = document.toJS() as Json
  if (!workflow || typeof workflow !== 'object' || Array.isArray(workflow))
    return [`${fileName}: a workflow is a mapping of keys (name, on, jobs)`]
  const problems = validate(workflow) ? [] : schemaProblems(validate.errors ?? [])
  return [...problems, ...semanticProblems(workflow)].map((problem) => `${fileName}: ${problem}`)
}
