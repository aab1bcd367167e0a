/**
 * Tag suggestions: the open document's own tags first (most used first), then the tags other
 * documents in the library use, by how many documents use them. Case-insensitive, first spelling kept.
 */
export function tagSuggestions(
  ownTags: readonly string[],
  otherDocumentsTags: readonly (readonly string[])[]
): string[] {
  const seen = new Set(ownTags.map((tag) => tag.toLowerCase()))
  const elsewhere = new Map<string, { tag: string; documents: number }>()
  for (const tags of otherDocumentsTags) {
    for (const tag of new Set(tags)) {
      const key = tag.toLowerCase()
      if (seen.has(key)) continue
      const known = elsewhere.get(key)
      elsewhere.set(key, { tag: known?.tag ?? tag, documents: (known?.documents ?? 0) + 1 })
    }
  }
  const others = [...elsewhere.values()]
    .sort((a, b) => b.documents - a.documents || a.tag.localeCompare(b.tag))
    .map((entry) => entry.tag)
  return [...ownTags, ...others]
}
