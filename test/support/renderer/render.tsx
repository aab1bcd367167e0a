/**
 * Renders a component as the app does — inside the service provider — with a fake host, and a
 * user-event session to drive it like a person would.
 */
import { render, type RenderResult } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { ServiceProvider } from '../../../src/renderer/src/services/service-context'
import { fakeHost, type FakeHost } from './fake-host'

export function renderWithHost(
  ui: ReactElement,
  host: FakeHost = fakeHost()
): RenderResult & { host: FakeHost; user: UserEvent } {
  const user = userEvent.setup()
  const result = render(<ServiceProvider host={host}>{ui}</ServiceProvider>)
  return { ...result, host, user }
}
