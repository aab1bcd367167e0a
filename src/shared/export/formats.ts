/** The export formats by name: free of the exporters, so the contract and the menus stay small. */
export const exportFormats = [
  'markdown',
  'markdown-article',
  'report',
  'w3c',
  'claimreview',
  'csv',
  'backup'
] as const
export type ExportFormatName = (typeof exportFormats)[number]

/** What each format is called in menus and help, and how its files are named. */
export const exportFormatInfo: Record<
  ExportFormatName,
  { label: string; extension: string; mimeType: string }
> = {
  markdown: { label: 'Markdown (.md)', extension: 'md', mimeType: 'text/markdown' },
  'markdown-article': {
    label: 'Markdown, annotated article (.md)',
    extension: 'article.md',
    mimeType: 'text/markdown'
  },
  report: { label: 'Report (HTML)', extension: 'report.html', mimeType: 'text/html' },
  w3c: {
    label: 'W3C Web Annotations (.jsonld)',
    extension: 'annotations.jsonld',
    mimeType: 'application/ld+json'
  },
  claimreview: {
    label: 'ClaimReview for publishing (.jsonld)',
    extension: 'claimreview.jsonld',
    mimeType: 'application/ld+json'
  },
  csv: { label: 'Spreadsheet (.csv)', extension: 'csv', mimeType: 'text/csv' },
  backup: { label: 'Backup (.claimcheck.json)', extension: 'claimcheck.json', mimeType: 'application/json' }
}
