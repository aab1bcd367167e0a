/**
 * The renderer's one port to the services. In the desktop app the preload exposes one function per
 * contract method; in the browser host each method is a POST to /api/<method> with the launch token.
 * Either way every call answers a Result and never throws.
 */
import type { Api } from '../../shared/contract'
import type { Result } from '../../shared/result'

const TOKEN_KEY = 'claimcheck.token'
const TOKEN_HEADER = 'X-Claimcheck-Token'

/** The token arrives in the URL once; it is kept for reloads and removed from the address bar. */
function takeLaunchToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

function httpApi(): Api {
  const token = takeLaunchToken()
  const call = async (method: string, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {})
      })
      return (await response.json()) as Result<unknown>
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Claimcheck’s browser host is not answering. Is `npm run web` still running?'
        }
      }
    }
  }
  // Every property of the Api is a method name; unknown names are answered by the host.
  return new Proxy({} as Api, {
    get: (_target, method: string) => (input: unknown) => call(method, input)
  })
}

export const api: Api = window.claimcheck ?? httpApi()
