/**
 * A test double of the renderer's host port: every contract method answers what the test gave it,
 * or a failure naming the method when the test did not expect the call. Calls are recorded, so a
 * test can check what a component asked of the host.
 */
import type { Api, MethodName } from '../../../src/shared/contract'
import { electronPort } from '../../../src/renderer/src/hosts/electron-port'
import type { HostPort } from '../../../src/renderer/src/hosts/host-port'
import { fail } from '../../../src/shared/result'

export interface FakeHost extends HostPort {
  /** Every API call, in order: method and input. */
  calls: { method: MethodName; input: unknown }[]
  /** Links the component asked the host to open. */
  openedLinks: string[]
}

export function fakeHost(methods: Partial<Api> = {}, port: Partial<Omit<HostPort, 'api'>> = {}): FakeHost {
  const calls: FakeHost['calls'] = []
  const openedLinks: string[] = []
  const api = new Proxy({} as Api, {
    get: (_target, name) => {
      const method = name as MethodName
      return async (input: unknown) => {
        calls.push({ method, input })
        const answer = methods[method] as ((input: unknown) => Promise<unknown>) | undefined
        if (answer) return answer(input)
        return fail('internal', `The test did not expect ${method}.`)
      }
    }
  })
  const refuse = async () => fail('unsupported', 'Not in this test.')
  return {
    api,
    calls,
    openedLinks,
    openLink: (url) => void openedLinks.push(url),
    deliverExport: refuse,
    deliverLibraryExport: refuse,
    deliverAllClaimsExport: refuse,
    pickAndImport: async () => {},
    ...port
  } as FakeHost
}

/** The calls made to one method, by their inputs. */
export function callsTo(host: FakeHost, method: MethodName): unknown[] {
  return host.calls.filter((call) => call.method === method).map((call) => call.input)
}

/** The desktop app's port (native dialogs, main reads the files) over a fake API. */
export function fakeDesktopHost(methods: Partial<Api> = {}): FakeHost {
  const fake = fakeHost(methods)
  const { openLink: _openLink, ...desktop } = electronPort(fake.api)
  return { ...fake, ...desktop }
}

/** A promise the test settles when it chooses: to look at the screen while a call is pending. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {}
  const promise = new Promise<T>((settle) => {
    resolve = settle
  })
  return { promise, resolve }
}
