/**
 * Text folded for matching what a person types: case and accents ignored, so "Zurich" finds
 * "Zürich" and "resume" finds "Résumé". Folding can change a string's length (ligatures, some
 * scripts), so it is for matching whole strings, not for offsets into a text.
 */
export const foldForSearch = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()

/** The words of a query, folded; an empty list for a blank query. */
export const foldedWords = (query: string): string[] => foldForSearch(query).split(/\s+/).filter(Boolean)
