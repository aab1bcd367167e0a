/**
 * Links in the article text are drawn, not followed, on a plain click: that selects the claim
 * around them, as anywhere else in the sentence. Ctrl+click (⌘+click) opens one through the host
 * (the system browser, or a new tab with no opener and no referrer). The claim panel lists the same
 * links as ordinary links for the keyboard.
 */
import type { MouseEvent } from 'react'
import { isWebLink } from '../../../shared/security/web-link'
import type { HostPort } from '../hosts/host-port'

export function onArticleClick(event: MouseEvent<HTMLElement>, host: HostPort): void {
  if (!event.ctrlKey && !event.metaKey) return
  const target = event.target instanceof Element ? event.target : null
  const href = target?.closest<HTMLElement>('.article-link[data-href]')?.dataset['href']
  if (href === undefined || !isWebLink(href)) return
  host.openLink(href)
}
