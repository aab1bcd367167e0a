/**
 * The renderer's one port to its host, handed down through React context rather than imported as
 * a module singleton: components use `useApi()` for the services and `useHost()` for what each host
 * does its own way (links, exports, imports), and a test renders them inside a `ServiceProvider`
 * holding a double of the port.
 */
import { createContext, useContext, type ReactNode } from 'react'
import type { Api } from '../../../shared/contract'
import type { HostPort } from '../hosts/host-port'

const ServiceContext = createContext<HostPort | null>(null)

export function ServiceProvider({ host, children }: { host: HostPort; children: ReactNode }) {
  return <ServiceContext.Provider value={host}>{children}</ServiceContext.Provider>
}

/** The host the page runs in. */
export function useHost(): HostPort {
  const host = useContext(ServiceContext)
  if (!host) throw new Error('No host port: render the component inside a <ServiceProvider>.')
  return host
}

/** Every contract method; each call answers a Result and never throws. */
export function useApi(): Api {
  return useHost().api
}
