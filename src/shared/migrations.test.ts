import { describe, expect, it } from 'vitest'
import { migrate, type MigrationSteps } from './migrations'

// A made-up history: v1 stored `name`, v2 renamed it to `title`, v3 added `tags`.
const steps: MigrationSteps = {
  1: ({ name, ...rest }) => ({ ...rest, title: name }),
  2: (data) => ({ ...data, tags: [] })
}

describe('migrate', () => {
  it('leaves a current file as it is', () => {
    const data = { schemaVersion: 3, title: 'Ferry', tags: ['x'] }
    expect(migrate(data, 3, steps)).toEqual({ kind: 'current', data })
  })

  it('applies every step from the file’s version to the current one, in order', () => {
    expect(migrate({ schemaVersion: 1, name: 'Ferry' }, 3, steps)).toEqual({
      kind: 'migrated',
      from: 1,
      data: { schemaVersion: 3, title: 'Ferry', tags: [] }
    })
  })

  it('does not modify the input', () => {
    const data = { schemaVersion: 1, name: 'Ferry' }
    migrate(data, 3, steps)
    expect(data).toEqual({ schemaVersion: 1, name: 'Ferry' })
  })

  it('reports a file from a newer version instead of guessing', () => {
    expect(migrate({ schemaVersion: 9, title: 'Ferry' }, 3, steps)).toEqual({ kind: 'newer', version: 9 })
  })
})
