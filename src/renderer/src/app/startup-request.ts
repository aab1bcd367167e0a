/**
 * The start-up and library answers, asked for once as the page's script runs rather than after
 * React's first render, and both at once: the first paint waits on one round trip, not two.
 */
import type { Api } from '../../../shared/contract'

function askStartup(api: Api) {
  return Promise.all([api.getStartup({}), api.listDocuments({})])
}
type StartupAnswers = ReturnType<typeof askStartup>

const requests = new WeakMap<Api, StartupAnswers>()

/** The answers for this port, asked for on the first call and shared by every later one. */
export function startupAnswers(api: Api): StartupAnswers {
  let request = requests.get(api)
  if (!request) {
    request = askStartup(api)
    requests.set(api, request)
  }
  return request
}
