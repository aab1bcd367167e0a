/**
 * The API over HTTP, for the browser host: one function per contract method, each a POST to
 * `/api/<method>` carrying the launch token. Built from the method names, so a name that is not in
 * the contract is simply not there.
 */
import type { Api } from '../../../shared/contract'
import { methodNames } from '../../../shared/method-names'
import type { Result } from '../../../shared/result'
import { apiRoute, TOKEN_HEADER } from '../../../shared/wire'

const notAnswering: Result<never> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Claimcheck’s browser host is not answering. Is `npm run web` still running?'
  }
}

/** `onLost` hears of a call that reached no host at all (stopped, restarting), to reconnect. */
export function httpApi(
  token: string,
  fetchFn: typeof fetch = (...args) => fetch(...args),
  onLost: () => void = () => {}
): Api {
  const call = async (method: string, input: unknown): Promise<Result<unknown>> => {
    let response: Response
    try {
      response = await fetchFn(apiRoute(method), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {})
      })
    } catch {
      onLost()
      return notAnswering
    }
    try {
      return (await response.json()) as Result<unknown>
    } catch {
      return notAnswering
    }
  }
  const entries = methodNames.map((method) => [method, (input: unknown) => call(method, input)])
  return Object.fromEntries(entries) as Api
}
