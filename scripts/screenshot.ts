// Renders the app in headless Chromium and saves screenshots:
//   npx tsx scripts/screenshot.ts <url> <out-prefix> [click=<selector>] [press=<key>] [type=<text>]…
// Used to look at every screen we change, light and dark, wide and narrow.
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/chromium'

const [url = '', prefix = '/tmp/shot', ...actions] = process.argv.slice(2)
const browser = await chromium.launch(chromiumLaunchOptions)
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 800]) {
    const page = await browser.newPage({ viewport: { width, height: 860 }, colorScheme })
    await page.goto(url)
    await page.getByRole('article').waitFor()
    for (const action of actions) {
      const kind = action.slice(0, action.indexOf('='))
      const value = action.slice(action.indexOf('=') + 1)
      if (kind === 'click') await page.locator(value).first().click()
      if (kind === 'press') await page.keyboard.press(value)
      if (kind === 'type') await page.keyboard.type(value)
    }
    // Pictures show a settled app: nothing still being saved.
    await page.getByText('Saving…').waitFor({ state: 'hidden' })
    await page.screenshot({ path: `${prefix}-${colorScheme}-${width}.png` })
    await page.close()
  }
}
await browser.close()
