/**
 * Binds every contract method to its IPC channel (`api:<method>`, see shared/wire.ts). Calls from any frame other than
 * the app's own pages are refused; inputs are validated by `dispatch`.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { methodNames, type Services } from '../../shared/contract'
import { dispatch } from '../../shared/dispatch'
import { fail, type Result } from '../../shared/result'
import { ipcChannel } from '../../shared/wire'

export function bindApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: Services,
  isTrustedUrl: (url: string) => boolean,
  onInternalError?: (error: unknown) => void
): void {
  for (const method of methodNames) {
    ipcMain.handle(
      ipcChannel(method),
      (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
        const senderUrl = event.senderFrame?.url ?? ''
        if (!isTrustedUrl(senderUrl)) {
          return Promise.resolve(fail('unauthorized', 'Only Claimcheck’s own window may call the API.'))
        }
        return dispatch(services, method, input, onInternalError)
      }
    )
  }
}
