/**
 * One block of the article as its HTML element: title, deck or section heading, quote, list item
 * (with its bullet or number), paragraph, and the lines that are not claims: a photo caption or
 * credit, a byline or dateline. Tables are drawn by ArticleTable.
 */
import type { ReactNode } from 'react'
import type { Block } from '../../../shared/model'

interface BlockElementProps {
  block: Block
  /** A heading straight after the title: part of the headline, not a section head. */
  deck: boolean
  children: ReactNode
}

export function BlockElement({ block, deck, children }: BlockElementProps) {
  switch (block.type) {
    case 'title':
      return <h1 className="article-title">{children}</h1>
    case 'heading':
      return <h2 className={deck ? 'article-deck' : 'article-heading'}>{children}</h2>
    case 'blockquote':
      return (
        <blockquote className="article-quote">
          <p>{children}</p>
        </blockquote>
      )
    case 'list-item': {
      // Documents imported before markers were kept have none: their items were all bulleted.
      const marker = block.marker ?? '•'
      return (
        <p className="article-list-item" data-depth={block.depth ?? 1}>
          {marker ? <span className="article-list-marker">{marker} </span> : null}
          {children}
        </p>
      )
    }
    case 'paragraph':
      return <p className="article-paragraph">{children}</p>
    case 'caption':
      return <p className="article-caption">{children}</p>
    case 'byline':
      return <p className="article-byline">{children}</p>
    case 'table':
      // Drawn by ArticleTable from the block's cells; a table without them reads as its text.
      return <p className="article-paragraph">{children}</p>
  }
}
