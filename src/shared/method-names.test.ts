import { describe, expect, it } from 'vitest'
import { contract } from './contract'
import { methodNames } from './method-names'

describe('methodNames', () => {
  it('lists exactly the contract’s methods, in the contract’s order', () => {
    // When this fails after a contract change, add or remove the name in method-names.ts.
    expect([...methodNames]).toEqual(Object.keys(contract))
  })
})
