/** Links from notes and sources open in the system browser, and only when they are http(s). */
import type { Services } from '../../shared/contract'
import { ApiFailure } from '../../shared/result'
import { isWebLink } from '../../shared/security/web-link'
import type { ServiceDeps } from './service-deps'

export function linkServices({ platform }: ServiceDeps): Pick<Services, 'openExternal'> {
  return {
    async openExternal({ url }) {
      if (!platform.openExternal) {
        throw new ApiFailure('unsupported', 'In the browser host, links open in the browser itself.')
      }
      if (!isWebLink(url)) throw new ApiFailure('invalid-input', 'Only http and https links can be opened.')
      await platform.openExternal(url)
    }
  }
}
