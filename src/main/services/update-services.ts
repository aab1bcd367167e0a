/**
 * The app's own updates as API methods. The desktop app plugs its UpdateController in through the
 * platform; the browser host has none, so its window never shows the update UI.
 */
import type { Services } from '../../shared/contract'
import { ApiFailure } from '../../shared/result'
import type { UpdateStatus } from '../../shared/updates/update-policy'
import type { ServiceDeps } from './service-deps'

const BROWSER_REASON = 'The browser host does not update itself; update the copy of Claimcheck that runs it.'

export const BROWSER_UPDATES: UpdateStatus = {
  phase: 'unavailable',
  reason: BROWSER_REASON
}

export function updateServices({
  platform
}: ServiceDeps): Pick<Services, 'getUpdateStatus' | 'setAutomaticUpdates' | 'restartToUpdate'> {
  return {
    getUpdateStatus: async () => platform.updates?.status() ?? BROWSER_UPDATES,
    async setAutomaticUpdates({ automatic }) {
      if (!platform.updates) throw new ApiFailure('unsupported', BROWSER_REASON)
      return platform.updates.setAutomatic(automatic)
    },
    async restartToUpdate() {
      if (!(await platform.updates?.restartToUpdate()))
        throw new ApiFailure(
          'not-found',
          'No update is ready to install yet; Claimcheck will say when one is.'
        )
    }
  }
}
