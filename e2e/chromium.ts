/**
 * How tests, benchmarks and screenshots start Chromium here: Debian's build (Playwright's own
 * download is not used), without the background services that would try to reach the network.
 */
import type { LaunchOptions } from '@playwright/test'

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
  ]
}
