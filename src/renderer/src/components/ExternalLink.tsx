/**
 * A link to the web. A click opens it through the host (the system browser in the desktop app, a
 * new tab with no opener or referrer in the browser host); the href stays for the context menu.
 * Only a parsed http(s) URL becomes a link, whatever the data says: anything else is plain text.
 */
import type { ReactNode } from 'react'
import { isWebLink } from '../../../shared/security/web-link'
import { useHost } from '../services/service-context'

interface ExternalLinkProps {
  href: string
  children: ReactNode
  className?: string
  title?: string
}

export function ExternalLink({ href, children, className, title }: ExternalLinkProps) {
  const host = useHost()
  if (!isWebLink(href)) {
    return (
      <span className={className} title={title}>
        {children}
      </span>
    )
  }
  return (
    <a
      className={className}
      title={title}
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(event) => {
        event.preventDefault()
        host.openLink(href)
      }}
    >
      {children}
    </a>
  )
}
