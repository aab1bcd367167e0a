import { describe, expect, it } from 'vitest'
import { electronJourneys, journeysProblem } from './electron-journeys'

// The shape of Playwright's JSON report, cut down to what is read.
const test = (projectName: string, status: string) => ({ projectName, status, results: [] })
const report = (electronStatus: string) => ({
  suites: [
    {
      title: 'electron/desktop-shell.spec.ts',
      specs: [{ title: 'File ▸ Export ▸ Markdown', tests: [test('electron', electronStatus)] }],
      suites: [{ specs: [{ title: 'nested journey', tests: [test('electron', electronStatus)] }] }]
    },
    { title: 'search.spec.ts', specs: [{ title: 'search', tests: [test('chromium', 'expected')] }] }
  ]
})

describe('electronJourneys', () => {
  it('passes when every Electron journey ran', () => {
    const count = electronJourneys(report('expected'))
    expect(count).toEqual({ ran: 2, skipped: [] })
    expect(journeysProblem(count)).toBeNull()
  })

  it('fails when they skipped, as they do where the binary is missing', () => {
    expect(journeysProblem(electronJourneys(report('skipped')))).toBe(
      '2 Electron journeys were skipped: File ▸ Export ▸ Markdown; nested journey'
    )
  })

  it('fails when none were in the report', () => {
    expect(journeysProblem(electronJourneys({ suites: [] }))).toBe('No Electron journey ran.')
  })
})
