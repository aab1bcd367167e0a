import { describe, expect, it } from 'vitest'
import { noticesOnScreen, pushNotice, STAYING_SHOWN, type StackedNotice } from './notice-stack'

let nextId = 0
const notice = (
  level: StackedNotice['level'],
  kind: string,
  message = `${kind} ${level}`
): StackedNotice => ({
  id: ++nextId,
  level,
  kind,
  message
})
const stack = (...notices: StackedNotice[]) => notices.reduce(pushNotice, [] as StackedNotice[])
const messages = (notices: readonly StackedNotice[]) => notices.map((shown) => shown.message)

describe('pushNotice', () => {
  it('replaces an older notice of the same kind with the newer one', () => {
    const notices = stack(notice('error', 'save', 'Disk full'), notice('error', 'save', 'Disk still full'))
    expect(messages(notices)).toEqual(['Disk still full'])
  })

  it('keeps notices of other kinds', () => {
    const notices = stack(notice('error', 'save'), notice('error', 'import'), notice('warning', 'startup-0'))
    expect(messages(notices)).toEqual(['save error', 'import error', 'startup-0 warning'])
  })

  it('lets one piece of news show at a time, whatever its kind, leaving errors be', () => {
    const notices = stack(notice('info', 'import'), notice('error', 'save'), notice('info', 'export'))
    expect(messages(notices)).toEqual(['save error', 'export info'])
  })

  it('lets an error replace the news of its own kind', () => {
    expect(messages(stack(notice('info', 'export'), notice('error', 'export')))).toEqual(['export error'])
  })
})

describe('noticesOnScreen', () => {
  const errors = ['a', 'b', 'c', 'd'].map((kind) => notice('error', kind))

  it(`shows the newest ${STAYING_SHOWN} errors and counts the rest`, () => {
    const onScreen = noticesOnScreen(stack(...errors))
    expect(messages(onScreen.shown)).toEqual(['c error', 'd error'])
    expect(onScreen.more).toBe(2)
  })

  it('always shows the news beside the errors', () => {
    const onScreen = noticesOnScreen(stack(...errors, notice('info', 'import')))
    expect(messages(onScreen.shown)).toEqual(['c error', 'd error', 'import info'])
  })

  it('shows every error when asked', () => {
    const onScreen = noticesOnScreen(stack(...errors), true)
    expect(onScreen.shown).toHaveLength(4)
    expect(onScreen.more).toBe(0)
  })

  it('counts nothing more when there are few', () => {
    expect(noticesOnScreen(stack(notice('warning', 'x'))).more).toBe(0)
  })
})
