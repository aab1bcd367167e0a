import { screen, within } from '@testing-library/react'
import { useCallback, useRef, useState } from 'react'
import { describe, expect, it } from 'vitest'
import { applyChange, type AnnotationChange } from '../../../shared/annotations/changes'
import type { StoredDocument } from '../../../shared/model'
import { defaultReadingSettings } from '../../../shared/reading-settings'
import { ok } from '../../../shared/result'
import { testDocument, testNow } from '../../../../test/support/renderer/documents'
import { fakeHost } from '../../../../test/support/renderer/fake-host'
import { renderWithHost } from '../../../../test/support/renderer/render'
import type { Applied } from '../document/use-document'
import { ReviewWorkspace } from './ReviewWorkspace'

const article = testDocument(
  [
    'The bridge reopened on Monday after 14 months of repairs. The works cost £42 million.',
    'Traffic on the ring road fell by a third. The mayor called it a turning point.'
  ],
  () => [],
  'harbour'
)

/** The workspace as the shell holds it: changes applied on screen at once, as useDocument does. */
function Shell({ initial }: { initial: StoredDocument }) {
  const [document, setDocument] = useState(initial)
  const shown = useRef(initial)
  const apply = useCallback((change: AnnotationChange): Applied => {
    const before = shown.current.annotations
    const after = applyChange(shown.current, before, change, testNow)
    shown.current = { ...shown.current, annotations: after }
    setDocument(shown.current)
    return { documentId: shown.current.id, before, after }
  }, [])
  return (
    <ReviewWorkspace
      document={document}
      saveState="saved"
      apply={apply}
      reading={{ settings: defaultReadingSettings, change: () => {} }}
      libraryTags={[]}
      onError={(message) => {
        throw new Error(message)
      }}
      factCheckRevision={0}
      jumpToClaimId={null}
      onJump={() => {}}
    />
  )
}

function renderWorkspace() {
  const host = fakeHost({
    getReadingPlace: async () => ok(null),
    saveReadingPlace: async () => ok(undefined),
    matchClaims: async () => ok({ seenIn: {}, factChecks: {} })
  })
  sessionStorage.clear()
  return renderWithHost(<Shell initial={article} />, host)
}

const claims = () => [...document.querySelectorAll<HTMLElement>('.article [data-claim-id]')]
const claim = (index: number) => {
  const found = claims()[index]
  if (!found) throw new Error(`No claim ${index}`)
  return found
}
const announced = () => screen.getByTestId('announcer').textContent

describe('ReviewWorkspace keyboard', () => {
  it('moves between claims with j and k, focus and selection together, one claim in the Tab order', async () => {
    const { user } = renderWorkspace()
    expect(claims()).toHaveLength(4)
    await user.keyboard('jjj')
    expect(document.activeElement).toBe(claim(2))
    expect(claim(2).getAttribute('aria-pressed')).toBe('true')
    await user.keyboard('k')
    expect(document.activeElement).toBe(claim(1))
    expect(claims().map((element) => element.tabIndex)).toEqual([-1, 0, -1, -1])
  })

  it('sets statuses with 1–4 and clears with 0, announcing each, and the panel follows', async () => {
    const { user } = renderWorkspace()
    await user.keyboard('j2')
    expect(claim(0).getAttribute('aria-description')).toMatch(/Disputed/)
    expect(announced()).toBe('Marked disputed.')
    const panel = screen.getByRole('complementary', { name: 'Claim' })
    const status = within(panel).getByRole('group', { name: 'Status' })
    expect(
      within(status)
        .getByRole('button', { name: /^Disputed/ })
        .getAttribute('aria-pressed')
    ).toBe('true')

    await user.keyboard('4')
    expect(announced()).toBe('Marked not a claim.')
    await user.keyboard('0')
    expect(claim(0).getAttribute('aria-description')).toMatch(/Not reviewed/)
    expect(announced()).toBe('Status cleared.')
  })

  it('skips to the next claim with no status with J', async () => {
    const { user } = renderWorkspace()
    await user.keyboard('j1j1kk')
    expect(document.activeElement).toBe(claim(0))
    await user.keyboard('J')
    expect(document.activeElement).toBe(claim(2))
  })

  it('puts the cursor in the note with n, where keys type, and Escape goes back to the claim', async () => {
    const { user } = renderWorkspace()
    await user.keyboard('jn')
    const note = screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement
    expect(document.activeElement).toBe(note)
    await user.keyboard('j 1 ?')
    expect(note.value).toBe('j 1 ?')
    expect(claim(0).getAttribute('aria-description')).toMatch(/Not reviewed, has a note/)
    await user.keyboard('{Escape}')
    expect(document.activeElement).toBe(claim(0))
  })

  it('undoes and redoes a status with Ctrl+Z and Ctrl+Shift+Z, saying what it did', async () => {
    const { user } = renderWorkspace()
    await user.keyboard('jj3')
    expect(claim(1).getAttribute('aria-description')).toMatch(/Needs source/)
    await user.keyboard('{Control>}z{/Control}')
    expect(claim(1).getAttribute('aria-description')).toMatch(/Not reviewed/)
    expect(announced()).toMatch(/^Undid: /)
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    expect(claim(1).getAttribute('aria-description')).toMatch(/Needs source/)
    expect(announced()).toMatch(/^Redid: /)
  })

  it('lists the shortcuts with ? and closes the list with Escape', async () => {
    const { user } = renderWorkspace()
    await user.keyboard('?')
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(within(dialog).getByText('Next claim')).toBeTruthy()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull()
  })
})
