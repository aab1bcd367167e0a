/**
 * A link to the web. In the desktop app it opens in the system browser through the `openExternal`
 * API method; in the browser host it is an ordinary link to a new tab, with no opener or referrer.
 */
import type { ReactNode } from 'react'
import type { HostKind } from '../../../shared/contract'
import { api } from '../api'

interface ExternalLinkProps {
  href: string
  host: HostKind
  children: ReactNode
  className?: string
  title?: string
}

export function ExternalLink({ href, host, children, className, title }: ExternalLinkProps) {
  return (
    <a
      className={className}
      title={title}
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(event) => {
        if (host !== 'electron') return
        event.preventDefault()
        void api.openExternal({ url: href })
      }}
    >
      {children}
    </a>
  )
}
