/**
 * The desk end to end: two checkers and an editor, each on a browser host of their own, against a
 * CouchDB-compatible server (pouchdb-server, in memory) the test starts. A share reaches the others'
 * libraries; each verdict reaches the others' screens; disagreement shows; the editor signs off and
 * the checkers see it; a checker is not offered Sign off; with the server stopped the header says
 * Offline and what is waiting, and Synced once it is back.
 */
import { expect, test } from '@playwright/test'
import { startDesk, type TestDesk } from '../test/support/couch-server'
import { DeskMember, seriousViolations } from './desk-page'
import { SAMPLE_TITLE } from './reading-page'

const claim = 'Under predecessor Joe Biden'
const other = "In Trump's first year back"

let desk: TestDesk
const members: DeskMember[] = []

test.describe.configure({ mode: 'serial' })
// Three hosts, a server and Chromium share two cores with the rest of the suite.
test.setTimeout(300_000)

test.beforeAll(async () => {
  desk = await startDesk()
})

test.afterAll(async () => {
  for (const member of members) await member.stop()
  await desk.server.close()
})

const password = (name: string) => desk.members.find((member) => member.name === name)?.password ?? ''

test('two checkers and an editor review one article together, and the editor signs it off', async ({
  browser
}) => {
  const [ana, ben, ed] = await Promise.all(
    ['ana', 'ben', 'ed'].map((name) => DeskMember.start(browser, name))
  )
  members.push(ana!, ben!, ed!)
  if (!ana || !ben || !ed) throw new Error('Three members did not start.')

  // The connect dialog says plainly why an address is refused, and passes axe.
  await ana.header.getByRole('button', { name: 'Desk', exact: true }).click()
  const dialog = ana.page.getByRole('dialog', { name: 'Connect to a desk' })
  await dialog.getByLabel('Desk address').fill('http://couch.example.org/desk')
  await dialog.getByRole('button', { name: 'Connect' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    /needs https:\/\/\. Plain http:\/\/ is only for a desk on this computer/
  )
  expect(await seriousViolations(ana.page)).toEqual([])
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  for (const member of [ana, ben, ed]) {
    await member.connect(desk.deskUrl, password(member.name))
    await expect(member.header.getByRole('button', { name: /Desk: / })).toContainText(member.name)
    await expect(member.syncState).toHaveText('Synced', { timeout: 30_000 })
  }
  await expect(ed.header.getByRole('button', { name: /Desk: / })).toContainText('editor')
  await expect(ana.header.getByRole('button', { name: /Desk: / })).toContainText('checker')

  // Ana shares the sample article from its header.
  await ana.header.getByRole('button', { name: 'Share with desk' }).click()
  await expect(ana.page.getByRole('region', { name: 'Desk document' })).toBeVisible()
  await expect(ana.header.getByRole('button', { name: 'Share with desk' })).toBeHidden()

  // It arrives in the others' libraries, marked as the desk's.
  await ben.openDeskDocument(SAMPLE_TITLE)
  await ed.openDeskDocument(SAMPLE_TITLE)

  // Each checker's verdict reaches the others' screens.
  await ana.ws.setStatus(claim, 'Verified')
  await ana.ws.note.fill('The ISW series matches.')
  await ana.ws.waitUntilSaved()
  await ben.ws.setStatus(claim, 'Disputed')
  await ben.ws.note.fill('tender was re-issued')
  await ben.ws.waitUntilSaved()

  await ana.ws.claim(claim).click()
  await expect(ana.deskSection).toContainText('ben: Disputed — tender was re-issued', { timeout: 30_000 })
  await expect(ana.deskSection).toContainText('1 Verified · 1 Disputed')
  await expect(ana.deskSection).toContainText('Disagreement')
  await expect(ana.page.locator('.desk-mark--disagreement')).toHaveCount(1)
  await ben.ws.claim(claim).click()
  await expect(ben.deskSection).toContainText('ana: Verified — The ISW series matches.', { timeout: 30_000 })

  // A checker is not offered Sign off.
  await expect(ana.deskSection.getByRole('button', { name: 'Sign off' })).toHaveCount(0)
  await expect(ben.deskSection.getByRole('button', { name: 'Sign off' })).toHaveCount(0)

  // The editor sees both verdicts, and signs off.
  await ed.ws.claim(claim).click()
  await expect(ed.deskSection).toContainText('1 Verified · 1 Disputed', { timeout: 30_000 })
  await ed.deskSection.getByRole('button', { name: 'Sign off' }).click()
  const form = ed.deskSection.getByRole('form', { name: 'Sign off' })
  await form.getByRole('radio', { name: 'Disputed' }).check()
  await form.getByLabel('Reason').fill('The tender was re-issued in May.')
  await form.getByRole('button', { name: 'Sign off' }).click()
  await expect(ed.deskSection).toContainText('Signed off: Disputed (ed)')

  for (const checker of [ana, ben]) {
    await expect(checker.deskSection).toContainText('Signed off: Disputed (ed)', { timeout: 30_000 })
    await expect(checker.deskSection).toContainText('The tender was re-issued in May.')
  }
  await expect(ana.page.locator('.desk-mark--signed-off')).toHaveCount(1)

  // The claim's desk history lists the sign-off.
  await ana.deskSection.getByText(/Desk history/).click()
  await expect(ana.deskSection.getByRole('listitem').filter({ hasText: 'ed signed off' })).toHaveCount(1)

  // The desk's screens pass axe in dark mode: the Desk section, the document's bar, the Desk box.
  await ana.page.emulateMedia({ colorScheme: 'dark' })
  await ana.header.getByRole('button', { name: /Desk: / }).click()
  await expect(ana.page.getByRole('dialog', { name: 'Desk' })).toBeVisible()
  expect(await seriousViolations(ana.page)).toEqual([])
})

test('offline: the header says Offline and what waits, then Synced once the server is back', async () => {
  const [ana, ben] = members
  if (!ana || !ben) throw new Error('The first test did not start the members.')
  await desk.server.stop()

  await ana.ws.setStatus(other, 'Needs source')
  await expect(ana.syncState).toHaveText(/^Offline · \d+ waiting$/, { timeout: 30_000 })

  await desk.server.start()
  await expect(ana.syncState).toHaveText('Synced', { timeout: 60_000 })
  await ben.ws.claim(other).click()
  await expect(ben.deskSection).toContainText('ana: Needs source', { timeout: 30_000 })
})
