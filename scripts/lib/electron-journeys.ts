/**
 * Whether Playwright's run included the Electron journeys for real: CI has Electron's runtime, so
 * a journey that skipped there (the binary missing, a download that failed) is a failure, not a
 * quiet pass. Reads Playwright's JSON report.
 */

interface ReportTest {
  projectName: string
  status: string
}
interface ReportSuite {
  specs?: { title: string; tests: ReportTest[] }[]
  suites?: ReportSuite[]
}

export interface JourneyCount {
  ran: number
  skipped: string[]
}

export function electronJourneys(report: { suites?: ReportSuite[] }): JourneyCount {
  const count: JourneyCount = { ran: 0, skipped: [] }
  const walk = (suite: ReportSuite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        if (test.projectName === 'electron') {
          if (test.status === 'skipped') count.skipped.push(spec.title)
          else count.ran++
        }
    for (const child of suite.suites ?? []) walk(child)
  }
  for (const suite of report.suites ?? []) walk(suite)
  return count
}

/** A message when the journeys did not all run; null when they did. */
export function journeysProblem({ ran, skipped }: JourneyCount): string | null {
  if (skipped.length) return `${skipped.length} Electron journeys were skipped: ${skipped.join('; ')}`
  if (ran === 0) return 'No Electron journey ran.'
  return null
}
