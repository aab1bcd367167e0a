import { describe, expect, it } from 'vitest'
import { validateDocUpdateSource } from './validate-doc-update'

type Validate = (
  newDoc: Record<string, unknown>,
  oldDoc: Record<string, unknown> | null,
  userCtx: { name: string | null; roles: string[] }
) => void
// The very text the server runs, evaluated here as CouchDB would.
const validate = new Function(`return (${validateDocUpdateSource})`)() as Validate

const checker = { name: 'ana', roles: ['checker'] }
const editor = { name: 'ed', roles: ['editor'] }

function refusal(run: () => void): string | null {
  try {
    run()
    return null
  } catch (error) {
    return (error as { forbidden?: string }).forbidden ?? 'not a refusal'
  }
}

const review = { _id: 'review:d1:ana', type: 'review', deskDocId: 'd1', member: 'ana', claims: {} }
const signoff = {
  _id: 'signoff:d1:c1',
  type: 'signoff',
  deskDocId: 'd1',
  claimId: 'c1',
  editor: 'ana',
  verdict: 'verified'
}

describe('the desk rules (validate_doc_update), evaluated under Node', () => {
  it('lets a member write their own review, not another’s', () => {
    expect(refusal(() => validate(review, null, checker))).toBeNull()
    expect(
      refusal(() => validate({ ...review, _id: 'review:d1:ben', member: 'ben' }, null, checker))
    ).toMatch(/own name/)
  })

  it('lets only editors sign off', () => {
    expect(refusal(() => validate(signoff, null, checker))).toMatch(/Only editors/)
    expect(refusal(() => validate({ ...signoff, editor: 'ed' }, null, editor))).toBeNull()
  })

  it('never changes an article or an event', () => {
    const article = {
      _id: 'article:d1',
      type: 'article',
      deskDocId: 'd1',
      sharedBy: 'ana',
      text: 'x',
      claims: []
    }
    expect(refusal(() => validate(article, null, checker))).toBeNull()
    expect(refusal(() => validate({ ...article, text: 'y' }, article, checker))).toMatch(/cannot change/)
    const event = { _id: 'event:d1:t:ana:r', type: 'event', deskDocId: 'd1', member: 'ana', what: 'status' }
    expect(
      refusal(() => validate({ ...event, _deleted: true }, event, { name: 'root', roles: ['_admin'] }))
    ).toMatch(/never changed/)
  })

  it('refuses unknown record types and people who are not members', () => {
    expect(refusal(() => validate({ _id: 'x', type: 'vote', deskDocId: 'd1' }, null, checker))).toMatch(
      /only/
    )
    expect(refusal(() => validate(review, null, { name: 'ana', roles: [] }))).toMatch(/Only desk members/)
  })
})
