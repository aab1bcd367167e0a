/** The highlight colours, named so the UI can label them and the export can say them. */
export const highlightColors = ['yellow', 'green', 'blue', 'pink', 'purple'] as const
export type HighlightColor = (typeof highlightColors)[number]

export const highlightColorLabel: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple'
}

export const DEFAULT_HIGHLIGHT_COLOR: HighlightColor = 'yellow'
