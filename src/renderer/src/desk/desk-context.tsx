/**
 * The desk as the page knows it: the connection's status, asked for about once a second while
 * connected (DESK-PLAN.md: no push channel, so both hosts work alike). Its `revision` grows when the
 * replica changes; views that show desk data read it again then. Connect and disconnect go through
 * here so every control sees the new status at once.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { DeskStatus } from '../../../shared/desk/view/desk-view-types'
import type { Result } from '../../../shared/result'
import { useApi } from '../services/service-context'

const POLL_MS = 1000

export type ConnectedDesk = Extract<DeskStatus, { connected: true }>

export interface DeskControl {
  status: DeskStatus
  /** The connected member, or null. */
  me: ConnectedDesk | null
  connect: (input: { url: string; name: string; password: string }) => Promise<Result<DeskStatus>>
  disconnect: () => Promise<Result<DeskStatus>>
  /** Asks for the status now (after sharing, signing off or assigning). */
  refresh: () => Promise<void>
}

const disconnected: DeskStatus = { connected: false }

const DeskContext = createContext<DeskControl>({
  status: disconnected,
  me: null,
  connect: async () => ({ ok: true, value: disconnected }),
  disconnect: async () => ({ ok: true, value: disconnected }),
  refresh: async () => {}
})

/** The same status keeps the same object, so a poll that changed nothing draws nothing. */
function sameStatus(a: DeskStatus, b: DeskStatus): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

export function DeskProvider({ children }: { children: ReactNode }) {
  const api = useApi()
  const [status, setStatus] = useState<DeskStatus>(disconnected)
  const show = useCallback((next: DeskStatus) => {
    setStatus((shown) => (sameStatus(shown, next) ? shown : next))
  }, [])
  const refresh = useCallback(async () => {
    const result = await api.deskStatus({})
    if (result.ok) show(result.value)
  }, [api, show])

  useEffect(() => {
    void api.deskStatus({}).then((result) => result.ok && show(result.value))
  }, [api, show])
  // While connected: ask again a second after each answer (never two questions at once).
  const connected = status.connected
  useEffect(() => {
    if (!connected) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    const poll = () => {
      timer = setTimeout(() => {
        void refresh().finally(() => {
          if (!stopped) poll()
        })
      }, POLL_MS)
    }
    poll()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [connected, refresh])

  const connect = useCallback<DeskControl['connect']>(
    async (input) => {
      const result = await api.connectDesk(input)
      if (result.ok) show(result.value)
      return result
    },
    [api, show]
  )
  const disconnect = useCallback<DeskControl['disconnect']>(async () => {
    const result = await api.disconnectDesk({})
    if (result.ok) show(result.value)
    return result
  }, [api, show])

  const value = useMemo(
    () => ({ status, me: status.connected ? status : null, connect, disconnect, refresh }),
    [status, connect, disconnect, refresh]
  )
  return <DeskContext.Provider value={value}>{children}</DeskContext.Provider>
}

export function useDesk(): DeskControl {
  return useContext(DeskContext)
}
