import { describe, expect, it } from 'vitest'
import { parseNumbers } from './numbers'

const parsed = (text: string): [string, number, string | null][] =>
  parseNumbers(text).map((number) => [number.text, number.value, number.unit])

describe('parseNumbers', () => {
  it('reads grouped numbers with the noun they count', () => {
    expect(parsed('The port handled 4,210 ships last spring.')).toEqual([['4,210 ships', 4210, 'ships']])
  })

  it('reads rates, percentages, scales and currencies', () => {
    expect(parsed('It rose 12.5% to 2.4 billion tonnes, 80 a day and 9 weekly, for $1,500.')).toEqual([
      ['12.5%', 12.5, '%'],
      ['2.4 billion tonnes', 2.4e9, 'tonnes'],
      ['80 a day', 80, 'per day'],
      ['9 weekly', 9, 'per week'],
      ['$1,500', 1500, '$']
    ])
  })

  it('keeps a qualifier and skips an adjective before the counted noun', () => {
    expect(parsed('up to 600 hungry voters')).toEqual([['up to 600 hungry voters', 600, 'voters']])
  })

  it('leaves years out and gives no unit when none is stated', () => {
    expect(parsed('In 2019 the count reached 7,204, a record.')).toEqual([['7,204', 7204, null]])
  })
})
