/**
 * Every string the API accepts has a length limit (issue 8): walked through each method's input
 * schema as JSON Schema, so a method added later without limits fails here.
 */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { contract, methodNames } from './contract'

type Schema = { [key: string]: unknown }

/** Paths of string schemas with neither a maxLength nor a fixed set of values. */
function unboundedStrings(schema: unknown, path: string): string[] {
  if (typeof schema !== 'object' || schema === null) return []
  const node = schema as Schema
  const own =
    node['type'] === 'string' &&
    node['maxLength'] === undefined &&
    node['enum'] === undefined &&
    node['const'] === undefined
      ? [path]
      : []
  const children = Object.entries(node).flatMap(([key, value]) =>
    Array.isArray(value)
      ? value.flatMap((item, index) => unboundedStrings(item, `${path}.${key}[${index}]`))
      : unboundedStrings(value, `${path}.${key}`)
  )
  return [...own, ...children]
}

describe('the API contract', () => {
  it.each(methodNames)('limits the length of every string %s accepts', (name) => {
    const schema = z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' })
    expect(unboundedStrings(schema, name)).toEqual([])
  })
})
