/**
 * Scores a segmenter on the Golden Rules cases. The cases are read from a path given at run time
 * and never copied into the project.
 */
import { readFileSync } from 'node:fs'

export interface GoldenCase {
  input: string
  expected: string[]
}

export interface GoldenScore {
  passed: number
  total: number
  score: number
  failures: { input: string; expected: string[]; actual: string[] }[]
}

export function readGoldenRules(path: string): GoldenCase[] {
  const cases: unknown = JSON.parse(readFileSync(path, 'utf8'))
  if (!Array.isArray(cases)) throw new Error(`${path}: expected an array of { input, expected }`)
  return cases as GoldenCase[]
}

export function scoreGoldenRules(cases: GoldenCase[], segment: (text: string) => string[]): GoldenScore {
  const failures: GoldenScore['failures'] = []
  for (const { input, expected } of cases) {
    const actual = segment(input)
    if (JSON.stringify(actual) !== JSON.stringify(expected)) failures.push({ input, expected, actual })
  }
  const passed = cases.length - failures.length
  return { passed, total: cases.length, score: cases.length ? passed / cases.length : 0, failures }
}
