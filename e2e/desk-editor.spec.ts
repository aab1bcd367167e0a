/**
 * The editor's side of the desk, end to end on two browser hosts against an in-memory
 * pouchdb-server: assigning a document (the checker's library says so, and filters by it), a
 * sign-off going stale when a verdict it saw changes and confirmed again, and the ClaimReview
 * export publishing only the signed-off claim, on the desk's rating scale, with the editor as author;
 * and a sign-off the server refuses (the editor's role taken away meanwhile) shown as Refused with
 * the server's reason.
 */
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { addDeskUser } from '../src/main/desk/desk-admin'
import { startDesk, type TestDesk } from '../test/support/couch-server'
import { DeskMember } from './desk-page'
import { SAMPLE_TITLE } from './reading-page'

const claim = 'Under predecessor Joe Biden'
const other = "In Trump's first year back"

let desk: TestDesk
const members: DeskMember[] = []

// Three hosts, a server and Chromium share two cores with the rest of the suite.
test.setTimeout(300_000)

test.beforeAll(async () => {
  desk = await startDesk([
    { name: 'ben', role: 'checker' },
    { name: 'ed', role: 'editor' }
  ])
})

test.afterAll(async () => {
  for (const member of members) await member.stop()
  await desk.server.close()
})

const password = (name: string) => desk.members.find((member) => member.name === name)?.password ?? ''

test('an editor assigns, confirms a stale sign-off again, and publishes only what was signed off', async ({
  browser
}) => {
  const [ben, ed] = await Promise.all(['ben', 'ed'].map((name) => DeskMember.start(browser, name)))
  if (!ben || !ed) throw new Error('Two members did not start.')
  members.push(ben, ed)
  for (const member of [ben, ed]) {
    await member.connect(desk.deskUrl, password(member.name))
    await expect(member.syncState).toHaveText('Synced', { timeout: 30_000 })
  }

  // The editor shares the sample from its library row, then assigns it to ben.
  await ed.header.getByRole('button', { name: 'Library' }).click()
  await ed.page.getByRole('button', { name: `Share ${SAMPLE_TITLE} with desk` }).click()
  await expect(ed.page.getByRole('listitem', { name: SAMPLE_TITLE }).locator('.desk-badge')).toBeVisible()
  await ed.page.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click()
  await ed.ws.waitForArticle()
  const bar = ed.page.getByRole('region', { name: 'Desk document' })
  await expect(bar.getByLabel('Assign to')).toBeVisible()
  await expect(bar.getByRole('option', { name: 'ben' })).toHaveCount(0)

  // Ben's library gets the desk's copy; his verdict makes him a member the editor can assign to.
  await ben.openDeskDocument(SAMPLE_TITLE)
  await ben.ws.setStatus(claim, 'Disputed')
  await expect(bar.getByRole('option', { name: 'ben' })).toHaveCount(1, { timeout: 30_000 })
  await bar.getByLabel('Assign to').selectOption('ben')
  await expect(bar).toContainText('Assigned to ben')
  await expect(ben.page.getByRole('region', { name: 'Desk document' })).toContainText('Assigned to you', {
    timeout: 30_000
  })
  await ben.header.getByRole('button', { name: 'Library' }).click()
  await ben.page.getByLabel('Assigned to me').check()
  const rows = ben.page.getByRole('list', { name: 'Documents' }).getByRole('listitem')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('assigned to you')
  await ben.page.getByLabel('Assigned to me').uncheck()
  await expect(rows).toHaveCount(2)
  await ben.openDeskDocument(SAMPLE_TITLE)

  // The desk's rating scale, then a sign-off with the rating to publish.
  await ed.page.getByRole('button', { name: 'Export' }).click()
  await ed.page.getByRole('menuitem', { name: 'Publishing…' }).click()
  const publishing = ed.page.getByRole('dialog', { name: 'Publishing' })
  await publishing.getByRole('button', { name: 'Use True … Pants on fire' }).click()
  await publishing.getByRole('button', { name: 'Save' }).click()
  await expect(publishing).toBeHidden()

  await ed.ws.claim(claim).click()
  await expect(ed.deskSection).toContainText('ben: Disputed', { timeout: 30_000 })
  await ed.deskSection.getByRole('button', { name: 'Sign off' }).click()
  const form = ed.deskSection.getByRole('form', { name: 'Sign off' })
  await form.getByRole('radio', { name: 'Disputed' }).check()
  await form.getByLabel('Rating to publish').selectOption('False')
  await form.getByLabel('Reason').fill('The 2024 total is 13,284 in the ISW series.')
  await form.getByRole('button', { name: 'Sign off' }).click()
  await expect(ed.deskSection).toContainText('Signed off: Disputed (ed)')

  // Ben changes his verdict: the sign-off is out of date until the editor confirms it again.
  await ben.ws.setStatus(claim, 'Verified')
  await expect(ed.deskSection).toContainText('Sign-off out of date', { timeout: 30_000 })
  await ed.deskSection.getByRole('button', { name: 'Confirm again' }).click()
  await expect(ed.deskSection).toContainText('Signed off: Disputed (ed)')
  await ben.ws.claim(claim).click()
  await expect(ben.deskSection).toContainText('Signed off: Disputed (ed)', { timeout: 30_000 })

  // The ClaimReview export holds the one signed-off claim, rated on the desk's scale, by ed.
  await ed.page.getByRole('button', { name: 'Export' }).click()
  const downloading = ed.page.waitForEvent('download')
  await ed.page.getByRole('menuitem', { name: /ClaimReview/ }).click()
  const exported = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as {
    '@graph': { claimReviewed: string; author: { name: string }; reviewRating: { alternateName: string } }[]
  }
  expect(
    exported['@graph'].map((review) => [
      review.claimReviewed.slice(0, claim.length),
      review.author.name,
      review.reviewRating.alternateName
    ])
  ).toEqual([[claim, 'ed', 'False']])

  // The scale and the chosen rating live on the desk: Ben, a checker on his own computer, exports
  // the same ClaimReview, and sees the desk's scale without being able to change it.
  await ben.page.getByRole('button', { name: 'Export' }).click()
  await ben.page.getByRole('menuitem', { name: 'Publishing…' }).click()
  const bensPublishing = ben.page.getByRole('dialog', { name: 'Publishing' })
  await expect(bensPublishing.getByLabel('Rating 1 name')).toHaveValue('True')
  await expect(bensPublishing).toContainText('only its editors change it')
  await expect(bensPublishing.getByRole('button', { name: 'Save' })).toBeDisabled()
  await bensPublishing.getByRole('button', { name: 'Cancel' }).click()
  await ben.page.getByRole('button', { name: 'Export' }).click()
  const bensDownload = ben.page.waitForEvent('download')
  await ben.page.getByRole('menuitem', { name: /ClaimReview/ }).click()
  const bens = JSON.parse(await readFile(await (await bensDownload).path(), 'utf8')) as typeof exported
  expect(bens['@graph'].map((review) => [review.author.name, review.reviewRating.alternateName])).toEqual([
    ['ed', 'False']
  ])

  // The desk's admin takes ed's editor role away: the server refuses his next sign-off, and the
  // header says so, with the server's reason, while the sign-off stays on his computer.
  await addDeskUser(desk.deskUrl, desk.server.admin, {
    name: 'ed',
    role: 'checker',
    password: password('ed')
  })
  await ed.ws.claim(other).click()
  await ed.deskSection.getByRole('button', { name: 'Sign off' }).click()
  const second = ed.deskSection.getByRole('form', { name: 'Sign off' })
  await second.getByRole('radio', { name: 'Verified' }).check()
  await second.getByLabel('Reason').fill('The monthly series adds up.')
  await second.getByRole('button', { name: 'Sign off' }).click()
  await expect(ed.syncState).toHaveText('Refused', { timeout: 30_000 })
  await ed.header.getByRole('button', { name: /Desk: / }).click()
  await expect(
    ed.page.getByRole('dialog', { name: 'Desk' }).getByRole('region', { name: 'Refused changes' })
  ).toContainText('Only editors can do that.')
  await ben.ws.claim(other).click()
  await expect(ben.deskSection).not.toContainText('Signed off')
})
