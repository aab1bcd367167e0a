/**
 * A tab of the browser host outlives the host: it is stopped, restarted, the machine sleeps. The
 * host comes back at the same address with the same token (main/web/host-address.ts), so when a
 * call reaches no host the tab says so, asks the host's address now and then, and once it answers
 * loads itself again: the document and library as they are on disk, the reader's place restored.
 */

const FIRST_TRY_MS = 500
const LONGEST_WAIT_MS = 5000

/** Whether the host answers at all: its page, without the API (a HEAD costs nothing). */
async function hostAnswers(): Promise<boolean> {
  try {
    const response = await fetch('/', { method: 'HEAD', cache: 'no-store' })
    return response.ok
  } catch {
    return false
  }
}

function showBanner(): void {
  const banner = document.createElement('div')
  banner.className = 'connection-lost'
  banner.setAttribute('role', 'status')
  banner.textContent = 'Claimcheck’s browser host is not answering. Reconnecting as soon as it is back…'
  document.body.append(banner)
}

/** Call `lost()` when a call reached no host; the tab reconnects by itself. */
export function hostConnection(reconnected: () => void = () => window.location.reload()) {
  let watching = false
  return {
    lost: () => {
      if (watching) return
      watching = true
      showBanner()
      let wait = FIRST_TRY_MS
      const attempt = async () => {
        if (await hostAnswers()) return reconnected()
        wait = Math.min(wait * 2, LONGEST_WAIT_MS)
        setTimeout(() => void attempt(), wait)
      }
      setTimeout(() => void attempt(), wait)
    }
  }
}
