/**
 * Where the desk's password is kept between launches: a port the hosts fill. The desktop app keeps
 * it encrypted with Electron's safeStorage (src/main/electron/desk-vault.ts); the browser host keeps
 * it in main's memory only, so it asks again after a restart. Never in the data folder in clear.
 */
export interface DeskCredentials {
  url: string
  name: string
  password: string
}

export interface CredentialVault {
  load(): Promise<DeskCredentials | null>
  save(credentials: DeskCredentials): Promise<void>
  clear(): Promise<void>
}

/** Memory only: forgotten when the process ends. */
export function memoryVault(initial: DeskCredentials | null = null): CredentialVault {
  let kept = initial
  return {
    load: () => Promise.resolve(kept),
    save: (credentials) => {
      kept = credentials
      return Promise.resolve()
    },
    clear: () => {
      kept = null
      return Promise.resolve()
    }
  }
}
