import { describe, expect, it } from 'vitest'
import { DAILY_VERSIONS, RECENT_VERSIONS, versionsToKeep } from './backup-policy'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const now = Date.UTC(2026, 10, 29, 12)

describe('versionsToKeep', () => {
  it('keeps the newest version of a burst and drops the rest of it', () => {
    const burst = Array.from({ length: 30 }, (_, second) => now - second * 1000)
    expect(versionsToKeep(burst, now)).toEqual([now])
  })

  it('keeps the newest few versions a minute or more apart', () => {
    const everyTwoMinutes = Array.from({ length: 10 }, (_, step) => now - step * 2 * MINUTE)
    expect(versionsToKeep(everyTwoMinutes, now)).toEqual(everyTwoMinutes.slice(0, RECENT_VERSIONS))
  })

  it('keeps the newest version of each of the last seven days, and nothing older', () => {
    const twiceADay = Array.from({ length: 20 }, (_, half) => now - (half * DAY) / 2 - MINUTE)
    const kept = versionsToKeep(twiceADay, now)
    const daysAgo = kept.map((time) => Math.floor((now - time) / DAY))
    expect(new Set(daysAgo).size).toBe(DAILY_VERSIONS)
    expect(Math.max(...daysAgo)).toBe(DAILY_VERSIONS - 1)
    expect(kept).toContain(twiceADay[0])
  })
})
