/**
 * How tests, benchmarks and screenshots start Chromium: the browser named by CHROMIUM_PATH, else
 * Debian's build at /usr/bin/chromium, else Playwright's own (what `npx playwright install
 * chromium` puts on a hosted CI runner); always without the background services that would try
 * to reach the network.
 */
import { existsSync } from 'node:fs'
import type { LaunchOptions } from '@playwright/test'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/** The browser to run, or undefined for Playwright's own download. */
export function chromiumExecutable(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync
): string | undefined {
  const named = env['CHROMIUM_PATH']?.trim()
  if (named) return named
  return exists(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined
}

const executablePath = chromiumExecutable()

export const chromiumLaunchOptions: LaunchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
  ]
}
