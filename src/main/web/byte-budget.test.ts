import { describe, expect, it } from 'vitest'
import { ByteBudget } from './byte-budget'

describe('ByteBudget', () => {
  it('admits reservations that fit at once', async () => {
    const budget = new ByteBudget(100)
    await budget.reserve(40)
    await budget.reserve(60)
    expect(budget.inUse).toBe(100)
  })

  it('holds a reservation that does not fit until enough is released, in arrival order', async () => {
    const budget = new ByteBudget(100)
    const releaseFirst = await budget.reserve(80)
    const admitted: string[] = []
    const second = budget.reserve(50).then((release) => (admitted.push('second'), release))
    const third = budget.reserve(10).then((release) => (admitted.push('third'), release))
    await Promise.resolve()
    expect(admitted).toEqual([])
    releaseFirst()
    await Promise.all([second, third])
    expect(admitted).toEqual(['second', 'third'])
    expect(budget.inUse).toBe(60)
  })

  it('admits one body larger than the whole budget when nothing else is held', async () => {
    const budget = new ByteBudget(100)
    const release = await budget.reserve(500)
    expect(budget.inUse).toBe(100)
    release()
    release()
    expect(budget.inUse).toBe(0)
  })
})
