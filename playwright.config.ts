import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/chromium'

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  timeout: 30_000,
  // Two workers share two cores with the host processes they start: assertions get room to wait.
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: 'reports/playwright.json' }],
    // On GitHub Actions, the HTML report CI uploads when a run fails.
    ...(process.env['GITHUB_ACTIONS'] ? ([['html', { open: 'never' }]] as const) : [])
  ],
  use: {
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions
  },
  projects: [
    { name: 'chromium', testIgnore: /electron\/.*/ },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ }
  ]
})
