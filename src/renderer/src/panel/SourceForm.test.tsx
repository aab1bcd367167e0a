import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { calendarDate } from '../../../shared/annotations/calendar-date'
import type { Source } from '../../../shared/model'
import { renderWithHost } from '../../../../test/support/renderer/render'
import { SourceForm, type SourceDraft } from './SourceForm'

function renderForm(props: { editing?: Source; reusable?: Source[] } = {}) {
  const submitted: SourceDraft[] = []
  let closed = 0
  const rendered = renderWithHost(
    <SourceForm {...props} onSubmit={(draft) => submitted.push(draft)} onClose={() => closed++} />
  )
  const form = screen.getByRole('form')
  const field = (name: string) => within(form).getByLabelText(new RegExp(`^${name}`)) as HTMLInputElement
  return { ...rendered, form, field, submitted, closed: () => closed }
}

describe('SourceForm', () => {
  it('refuses a link that is not http(s), says why beside the field and focuses it', async () => {
    const { user, form, field, submitted } = renderForm()
    await user.type(field('Link'), 'javascript:alert(1)')
    await user.click(within(form).getByRole('button', { name: 'Add source' }))

    expect(submitted).toEqual([])
    const link = field('Link')
    expect(link.getAttribute('aria-invalid')).toBe('true')
    const error = document.getElementById(link.getAttribute('aria-describedby') ?? '')
    expect(error?.textContent).toBe('Enter a link that starts with http:// or https://.')
    expect(document.activeElement).toBe(link)
  })

  it('refuses an archive link that is not http(s) but accepts an empty one', async () => {
    const { user, form, field, submitted } = renderForm()
    await user.type(field('Link'), 'https://example.org/report')
    await user.type(field('Archived copy'), 'ftp://archive.example/report')
    await user.click(within(form).getByRole('button', { name: 'Add source' }))
    expect(submitted).toEqual([])
    expect(within(form).getByRole('alert').textContent).toMatch(/archive link that starts with http/)

    await user.clear(field('Archived copy'))
    expect(within(form).queryByRole('alert')).toBeNull()
    await user.click(within(form).getByRole('button', { name: 'Add source' }))
    expect(submitted).toHaveLength(1)
    expect(submitted[0]).not.toHaveProperty('archiveUrl')
  })

  it('submits trimmed fields with today as the day read, leaving empty optional fields out', async () => {
    const { user, field, submitted } = renderForm()
    expect(field('Accessed').value).toBe(calendarDate(new Date()))
    await user.type(field('Link'), '  https://example.org/report  ')
    await user.type(field('Title'), ' Annual report ')
    await user.type(field('Quoted passage'), 'Costs rose by 4%.{Control>}{Enter}{/Control}')
    expect(submitted).toEqual([
      {
        url: 'https://example.org/report',
        title: 'Annual report',
        quote: 'Costs rose by 4%.',
        accessedOn: calendarDate(new Date())
      }
    ])
  })

  it('starts a new source from one cited elsewhere, with today as the day read', async () => {
    const cited: Source = {
      id: 's1',
      url: 'https://stats.example.gov/table',
      title: 'Statistics table',
      quote: '',
      accessedOn: '2025-01-02'
    }
    const { user, form, field } = renderForm({ reusable: [cited] })
    await user.selectOptions(
      within(form).getByRole('combobox'),
      'Statistics table — https://stats.example.gov/table'
    )
    expect(field('Link').value).toBe('https://stats.example.gov/table')
    expect(field('Title').value).toBe('Statistics table')
    expect(field('Accessed').value).toBe(calendarDate(new Date()))
  })

  it('closes on Escape without submitting', async () => {
    const { user, field, submitted, closed } = renderForm()
    await user.type(field('Link'), 'https://example.org{Escape}')
    expect(closed()).toBe(1)
    expect(submitted).toEqual([])
  })
})
