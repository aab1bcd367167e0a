/**
 * The desktop app's own updates, as the window sees them: where the update stands (asked every
 * minute; main does the checking and downloading), whether to offer "Restart to update" (the
 * policy holds it back while the user types in a field), and the settings switch. In the browser
 * host it asks nothing and offers nothing.
 */
import { useCallback, useEffect, useState } from 'react'
import { updateOffer, type UpdateOffer, type UpdateStatus } from '../../../shared/updates/update-policy'
import { useApi } from '../services/service-context'

const POLL_MS = 60_000

const isTypingTarget = (element: Element | null): boolean =>
  element instanceof HTMLElement &&
  (element.isContentEditable ||
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(element.type)))

export interface AppUpdates {
  offer: UpdateOffer | null
  /** Null where this copy cannot update itself (so the switch is not shown). */
  automatic: boolean | null
  setAutomatic: (automatic: boolean) => void
  restart: () => void
}

export function useAppUpdates(
  desktop: boolean,
  beforeRestart: () => Promise<unknown>,
  onError: (message: string) => void
): AppUpdates {
  const api = useApi()
  const [status, setStatus] = useState<UpdateStatus | null>(null)
  const [typing, setTyping] = useState(false)

  useEffect(() => {
    if (!desktop) return
    let live = true
    const ask = () =>
      void api.getUpdateStatus({}).then((result) => {
        if (live && result.ok) setStatus(result.value)
      })
    ask()
    const timer = window.setInterval(ask, POLL_MS)
    return () => {
      live = false
      window.clearInterval(timer)
    }
  }, [api, desktop])

  useEffect(() => {
    if (!desktop) return
    const follow = () => setTyping(isTypingTarget(document.activeElement))
    document.addEventListener('focusin', follow)
    document.addEventListener('focusout', follow)
    return () => {
      document.removeEventListener('focusin', follow)
      document.removeEventListener('focusout', follow)
    }
  }, [desktop])

  const setAutomatic = useCallback(
    (automatic: boolean) =>
      void api.setAutomaticUpdates({ automatic }).then((result) => {
        if (result.ok) setStatus(result.value)
        else onError(result.error.message)
      }),
    [api, onError]
  )
  const restart = useCallback(
    () =>
      void beforeRestart()
        .then(() => api.restartToUpdate({}))
        .then((result) => {
          if (!result.ok) onError(result.error.message)
        }),
    [api, beforeRestart, onError]
  )

  return {
    offer: status ? updateOffer(status, { typing }) : null,
    automatic: status === null || status.phase === 'unavailable' ? null : status.phase !== 'off',
    setAutomatic,
    restart
  }
}
