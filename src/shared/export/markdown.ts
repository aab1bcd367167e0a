/**
 * The Markdown export: YAML front matter, a summary, claims grouped by verdict as block quotes with
 * their notes, tags and sources (as footnotes labelled for this document alone), then the
 * highlights with their notes. Sentences marked "not a claim" are only counted (front matter and
 * summary), not listed. Built as an mdast tree and serialized by
 * mdast-util-to-markdown, so any text the user or the article carries is escaped correctly.
 */
import type { BlockContent, FootnoteDefinition, Root, RootContent } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { gfmToMarkdown } from 'mdast-util-gfm'
import { frontmatterToMarkdown } from 'mdast-util-frontmatter'
import { stringify as toYaml } from 'yaml'
import { footnoteLabels, labelledNote, reviewDetails, text } from './mdast-parts'
import { statusLabel, verdicts, type ClaimReview, type StoredDocument } from '../model'
import { countStatuses, reviewProgress } from '../annotations/counts'

export interface MarkdownExportOptions {
  /** ISO date-time of the export; passed in so the output is reproducible. */
  exportedAt: string
}

function summaryLine(document: StoredDocument): string {
  const counts = countStatuses(document, document.annotations)
  const { reviewed, total } = reviewProgress(counts, document.claims.length)
  const notAClaim = counts['not-a-claim']
  const leftOut =
    notAClaim === 0
      ? ''
      : ` ${notAClaim} ${notAClaim === 1 ? 'sentence' : 'sentences'} marked not a claim left out.`
  return (
    `${reviewed} of ${total} claims reviewed: ${counts.verified} verified, ` +
    `${counts.disputed} disputed, ${counts['needs-source']} need a source.${leftOut}`
  )
}

export function exportMarkdown(document: StoredDocument, options: MarkdownExportOptions): string {
  const counts = countStatuses(document, document.annotations)
  const frontMatter = {
    title: document.title,
    source: document.source,
    exported: options.exportedAt,
    claims: document.claims.length,
    verified: counts.verified,
    disputed: counts.disputed,
    needs_source: counts['needs-source'],
    not_a_claim: counts['not-a-claim'],
    unreviewed: counts.unreviewed
  }
  const footnotes: FootnoteDefinition[] = []
  const nextLabel = footnoteLabels(document.id)
  const claimText = (review: ClaimReview): string => {
    const claim = document.claims.find((candidate) => candidate.id === review.claimId)
    return claim ? document.text.slice(claim.start, claim.end) : review.target.quote.exact
  }
  const claimSection = (review: ClaimReview): RootContent[] => {
    const nodes: RootContent[] = [
      { type: 'blockquote', children: [{ type: 'paragraph', children: [text(claimText(review))] }] }
    ]
    nodes.push(...reviewDetails(review, nextLabel, footnotes))
    return nodes
  }

  const order = new Map(document.claims.map((claim, index) => [claim.id, index]))
  const reviews = Object.values(document.annotations.claims).sort(
    (a, b) => (order.get(a.claimId) ?? 0) - (order.get(b.claimId) ?? 0)
  )
  const children: RootContent[] = [
    { type: 'yaml', value: toYaml(frontMatter).trimEnd() },
    { type: 'heading', depth: 1, children: [text(document.title || 'Untitled')] },
    { type: 'paragraph', children: [text(summaryLine(document))] }
  ]
  for (const status of verdicts) {
    const group = reviews.filter((review) => review.status === status)
    if (group.length === 0) continue
    children.push({ type: 'heading', depth: 2, children: [text(statusLabel[status])] })
    for (const review of group) children.push(...claimSection(review))
  }
  const notesOnly = reviews.filter((review) => review.status === null && review.note.trim())
  if (notesOnly.length > 0) {
    children.push({ type: 'heading', depth: 2, children: [text('Notes on unreviewed claims')] })
    for (const review of notesOnly) children.push(...claimSection(review))
  }
  if (document.annotations.highlights.length > 0) {
    children.push({ type: 'heading', depth: 2, children: [text('Highlights')] })
    for (const highlight of document.annotations.highlights) {
      const paragraphs = highlight.target.quote.exact
        .split(/\n\s*\n/)
        .map((passage): BlockContent => ({ type: 'paragraph', children: [text(passage)] }))
      children.push({ type: 'blockquote', children: paragraphs })
      if (highlight.note.trim()) children.push(...labelledNote(highlight.note))
    }
  }
  children.push(...footnotes)
  const root: Root = { type: 'root', children }
  return toMarkdown(root, { extensions: [gfmToMarkdown(), frontmatterToMarkdown(['yaml'])], bullet: '-' })
}

/** A file name for the export that is safe on Windows, macOS and Linux. */
export function exportFileName(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80)
    .replace(/-+$/, '')
    .toLowerCase()
  return `${base || 'claimcheck-export'}.${extension}`
}
