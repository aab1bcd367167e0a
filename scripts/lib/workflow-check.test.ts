/**
 * The workflow check catches the mistakes that would otherwise first show on GitHub, and passes
 * the project's own workflows.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkWorkflow } from './workflow-check'

const sound = `name: CI
on:
  push:
    branches: ['**']
  pull_request:
permissions:
  contents: read
jobs:
  test:
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
    runs-on: \${{ matrix.os }}
    steps:
      - uses: actions/checkout@v4
      - run: npm test
        env:
          TOKEN: \${{ secrets.TOKEN }}
  after:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - run: echo done
`
const broken = (from: string, to: string) => {
  if (!sound.includes(from)) throw new Error(`The sound workflow has no “${from}”`)
  return checkWorkflow('ci.yml', sound.replace(from, to))
}

describe('checkWorkflow', () => {
  it('passes a sound workflow', () => {
    expect(checkWorkflow('ci.yml', sound)).toEqual([])
  })

  it('passes the project’s own workflows', () => {
    const folder = join(import.meta.dirname, '..', '..', '.github', 'workflows')
    const names = readdirSync(folder)
    expect(names.sort()).toEqual(['ci.yml', 'release.yml'])
    for (const name of names)
      expect(checkWorkflow(name, readFileSync(join(folder, name), 'utf8'))).toEqual([])
  })

  it('refuses a misspelt key, at its place', () => {
    expect(broken('      - run: npm test\n', '      - run: npm test\n        nmae: test\n')).toEqual([
      'ci.yml: jobs.test.steps.1: must NOT have additional properties “nmae”'
    ])
    expect(broken('runs-on: ubuntu-latest', 'run-on: ubuntu-latest')).toContain(
      'ci.yml: jobs.after: must NOT have additional properties “run-on”'
    )
  })

  it('refuses a step with both uses and run, an unknown event and a wrong permission', () => {
    expect(
      broken('      - uses: actions/checkout@v4\n', '      - uses: actions/checkout@v4\n        run: ls\n')
    ).not.toEqual([])
    expect(broken('  pull_request:\n', '  pull-request:\n')).not.toEqual([])
    expect(broken('contents: read', 'contents: readonly')).not.toEqual([])
    expect(broken('actions/checkout@v4', 'actions/checkout')).not.toEqual([])
  })

  it('refuses what only reading the whole file shows', () => {
    expect(broken('needs: test', 'needs: tests')).toEqual(['ci.yml: jobs.after.needs: no job “tests”'])
    expect(broken('runs-on: ${{ matrix.os }}', 'runs-on: ${{ matrix.system }}')).toEqual([
      "ci.yml: jobs.test.runs-on: matrix.system is not in jobs.test's matrix"
    ])
    expect(broken('TOKEN: ${{ secrets.TOKEN }}', 'TOKEN: ${{ secrets.TOKEN }')).toEqual([
      'ci.yml: jobs.test.steps[1].env.TOKEN: an expression “${{” is not closed with “}}”'
    ])
    expect(
      broken('      - run: echo done', "      - if: secrets.TOKEN != ''\n        run: echo done")
    ).toEqual([
      'ci.yml: jobs.after.steps[0].if: the secrets context is not available in “if:”; pass it through env'
    ])
  })

  it('refuses broken YAML and a duplicated key', () => {
    expect(
      broken('permissions:\n  contents: read', 'permissions:\n  contents: read\n  contents: write')[0]
    ).toMatch(/^ci\.yml: Map keys must be unique/)
    expect(
      broken('    steps:\n      - run: echo done', '    steps:\n    - run: echo done\n      bad')[0]
    ).toMatch(/^ci\.yml: /)
  })
})
