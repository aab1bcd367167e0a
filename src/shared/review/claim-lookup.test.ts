import { describe, expect, it } from 'vitest'
import type { Claim } from '../model'
import { claimAround, claimAt, claimById, claimPosition } from './claim-lookup'

// "One. Two three. Four." — three sentences with a space between each.
const claims: Claim[] = [
  { id: 'c1', start: 0, end: 4 },
  { id: 'c2', start: 5, end: 15 },
  { id: 'c3', start: 16, end: 21 }
]

describe('claimById', () => {
  it('finds a claim by its id, and nothing for an unknown or missing id', () => {
    expect(claimById(claims, 'c2')).toBe(claims[1])
    expect(claimById(claims, 'c9')).toBeNull()
    expect(claimById(claims, null)).toBeNull()
  })

  it('answers from the array it is given, not from an older one', () => {
    const renamed = [{ id: 'c7', start: 0, end: 4 }]
    expect(claimById(claims, 'c1')).not.toBeNull()
    expect(claimById(renamed, 'c1')).toBeNull()
  })
})

describe('claimPosition', () => {
  it('answers where a claim is in the array, and null for an unknown or missing id', () => {
    expect(claimPosition(claims, 'c1')).toBe(0)
    expect(claimPosition(claims, 'c3')).toBe(2)
    expect(claimPosition(claims, 'c9')).toBeNull()
    expect(claimPosition(claims, undefined)).toBeNull()
  })
})

describe('claimAt', () => {
  it('finds the claim a span inside one sentence belongs to', () => {
    expect(claimAt(claims, { start: 9, end: 14 })?.id).toBe('c2')
  })

  it('finds the first of two claims a span crosses', () => {
    expect(claimAt(claims, { start: 2, end: 8 })?.id).toBe('c1')
  })

  it('finds nothing in the space between two claims', () => {
    expect(claimAt(claims, { start: 4, end: 5 })).toBeNull()
    expect(claimAt(claims, { start: 30, end: 31 })).toBeNull()
  })

  it('treats an empty span as the offset it starts at', () => {
    expect(claimAt(claims, { start: 16, end: 16 })?.id).toBe('c3')
  })

  it('agrees with a scan of every claim, whatever order the claims come in', () => {
    const shuffled = [claims[2], claims[0], claims[1]] as Claim[]
    for (let start = 0; start < 22; start++) {
      for (let end = start + 1; end < 23; end++) {
        const scanned = claims.find((claim) => claim.end > start && claim.start < end) ?? null
        expect(claimAt(shuffled, { start, end })).toBe(scanned)
      }
    }
  })
})

describe('claimAround', () => {
  it('finds the claim holding the whole span, and none for a span crossing two', () => {
    expect(claimAround(claims, { start: 5, end: 15 })?.id).toBe('c2')
    expect(claimAround(claims, { start: 2, end: 8 })).toBeNull()
  })
})
