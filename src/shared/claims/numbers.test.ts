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

  it('reads numbers written as words, with the noun they count', () => {
    expect(parsed('A dozen ferries and twenty-five buses carried two million riders.')).toEqual([
      ['A dozen ferries', 12, 'ferries'],
      ['twenty-five buses', 25, 'buses'],
      ['two million riders', 2e6, 'riders']
    ])
  })

  it('reads multiples and shares written as words', () => {
    expect(parsed('Rents rose three times faster, twice a week, for half of the tenants.')).toEqual([
      ['three times', 3, 'times'],
      ['twice a week', 2, 'per week'],
      ['half', 50, '%']
    ])
    expect(parsed('One in four homes and two-thirds of shops lost power.')).toEqual([
      ['One in four', 25, '%'],
      ['two-thirds', 66.67, '%']
    ])
  })

  it('leaves "one" and "a" alone unless a scale follows', () => {
    expect(parsed('One of them said a plan was ready.')).toEqual([])
    expect(parsed('It cost nearly half a million dollars.')).toEqual([
      ['nearly half a million dollars', 5e5, 'dollars']
    ])
  })

  it('tells percentage points from a count of points', () => {
    expect(parsed('Support fell from 52% to 47%, a 5-point drop.')).toEqual([
      ['52%', 52, '%'],
      ['47%', 47, '%'],
      ['5-point', 5, 'percentage points']
    ])
    expect(parsed('Rates rose 0.25 percentage points.')).toEqual([
      ['0.25 percentage points', 0.25, 'percentage points']
    ])
    expect(parsed('The team won by 3 points.')).toEqual([['3 points', 3, 'points']])
  })
})
