/**
 * Searching inside the documents (text, notes, tags) as the reader types in the library's search
 * box: asked of main once typing pauses, which answers from what it keeps in memory.
 */
import { useEffect, useState } from 'react'
import type { LibraryHit } from '../../../shared/library/library-search'
import { useApi } from '../services/service-context'

const TYPING_PAUSE_MS = 200
/** One or two letters would match nearly every article. */
const MIN_QUERY_LENGTH = 3

export function useLibrarySearch(query: string): ReadonlyMap<string, LibraryHit> {
  const api = useApi()
  const [hits, setHits] = useState<{ query: string; byDocument: ReadonlyMap<string, LibraryHit> }>({
    query: '',
    byDocument: new Map()
  })
  const wanted = query.trim()
  useEffect(() => {
    if (wanted.length < MIN_QUERY_LENGTH) return
    let current = true
    const timer = setTimeout(() => {
      void api.searchLibrary({ query: wanted }).then((result) => {
        if (current && result.ok)
          setHits({ query: wanted, byDocument: new Map(result.value.map((hit) => [hit.documentId, hit])) })
      })
    }, TYPING_PAUSE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [wanted, api])
  // Hits for an earlier query are never shown against a new one.
  return hits.query === wanted ? hits.byDocument : new Map()
}
