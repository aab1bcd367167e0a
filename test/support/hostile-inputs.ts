/**
 * fast-check arbitraries for what a hostile or buggy caller can send through the API: prototype
 * keys as ids and object keys, script URLs, huge strings, numbers JSON cannot even express, values
 * IPC's structured clone can carry (Map, Date, typed arrays, null-prototype objects), and
 * valid-shaped inputs with one field changed, removed or added.
 */
import fc from 'fast-check'

/** Keys a plain-object lookup finds on every object, or that rewire its prototype. */
export const prototypeKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupSetter__'
] as const

export const prototypeKey = fc.constantFrom(...prototypeKeys)

// Built once: generating a megabyte per run would dominate the run time.
const hugeStrings = [100_001, 1_000_001].map((length) => 'x'.repeat(length))
export const hugeString = fc.constantFrom(...hugeStrings)

export const scriptUrl = fc.constantFrom(
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  'http:/\\evil.example'
)

const oddString = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\u202e\u2066',
  '\ud800',
  '../../library',
  '..',
  'c1\n',
  'C1',
  'c0',
  'c-1',
  'c1.5',
  '<img src=x onerror=alert(1)>',
  'null',
  'undefined',
  'NaN'
)

export const hostileString = fc.oneof(
  prototypeKey,
  scriptUrl,
  oddString,
  hugeString,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 })
)

export const hostileNumber = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    -0,
    0.5,
    1.5,
    2 ** 31,
    2 ** 32,
    2 ** 53,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e21
  ),
  fc.double(),
  fc.integer()
)

/** An object with an own `__proto__` key, as `JSON.parse` builds it from a request body. */
const ownProtoObject = fc
  .constantFrom(
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"__proto__":null,"documentId":"x"}'
  )
  .map((json) => JSON.parse(json) as unknown)

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: hostileNumber, weight: 2 },
  fc.constantFrom(null, undefined, true, false, [], {}),
  ownProtoObject,
  fc.jsonValue({ maxDepth: 2 }),
  fc.anything({
    maxDepth: 2,
    maxKeys: 4,
    key: fc.oneof(prototypeKey, fc.string({ maxLength: 10 })),
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true
  })
)

/** Defines an own property even for `__proto__`, without touching any prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

type Path = (string | number)[]

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return []
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value)
  return keys.flatMap((key) => [
    [...prefix, key],
    ...pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])
  ])
}

function containerAt(root: unknown, path: Path): Record<string, unknown> | null {
  let node = root
  for (const key of path) {
    if (node === null || typeof node !== 'object') return null
    node = (node as Record<string | number, unknown>)[key]
  }
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : null
}

export type Mutation = 'replace' | 'remove' | 'add'

/** A valid-shaped input with one field replaced by a hostile value, removed, or one key added. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid,
      fc.nat(),
      fc.constantFrom<Mutation>('replace', 'replace', 'remove', 'add'),
      hostileValue,
      fc.oneof(prototypeKey, fc.string({ maxLength: 12 }))
    )
    .map(([input, pick, mutation, value, extraKey]) => {
      const copy = structuredClone(input)
      const paths = pathsOf(copy)
      const path = paths[pick % Math.max(paths.length, 1)]
      if (!path || mutation === 'add') {
        const container = containerAt(copy, path ? path.slice(0, -1) : [])
        if (container && !Array.isArray(container)) setOwn(container, extraKey, value)
        return copy
      }
      const container = containerAt(copy, path.slice(0, -1))
      const key = path[path.length - 1] as string | number
      if (!container) return copy
      if (mutation === 'remove') delete container[key]
      else setOwn(container, String(key), value)
      return copy
    })
}
