import { describe, expect, it } from 'vitest'
import { MAX_RECENT, RecentDocuments } from './recent-documents'

const doc = (n: number) => ({ documentId: `d${n}`, title: `Document ${n}` })
const library = Array.from({ length: 20 }, (_, n) => ({ id: `d${n}`, title: `Document ${n}` }))

describe('RecentDocuments', () => {
  it('lists the last opened first, once each, at most ten', () => {
    const recent = new RecentDocuments([doc(1), doc(2)])
    expect(recent.opened(doc(2))).toBe(true)
    expect(recent.opened(doc(2))).toBe(false)
    for (let n = 3; n < 15; n++) recent.opened(doc(n))
    const listed = recent.current(library).map((item) => item.documentId)
    expect(listed).toHaveLength(MAX_RECENT)
    expect(listed[0]).toBe('d14')
    expect(new Set(listed).size).toBe(listed.length)
  })

  it('drops documents no longer in the library and shows current titles', () => {
    const recent = new RecentDocuments([doc(1), doc(2)])
    expect(recent.current([{ id: 'd2', title: 'Renamed' }])).toEqual([{ documentId: 'd2', title: 'Renamed' }])
    recent.clear()
    expect(recent.current(library)).toEqual([])
  })
})
