/**
 * People named in an article, so a quotation's speaker can be written out in full: "As Hill
 * summarized" → Fiona Hill, and "he told reporters" → the person the previous sentence names.
 * A person is recognised by a two-word capitalised name somewhere in the article ("President
 * Donald Trump" → Donald Trump); a surname shared by two such names stays as it is.
 */

/** Capitalised words that open sentences or name roles and places, never a person's name. */
const notNames = new Set(
  (
    'The A An In On At As But And Or So If When While After Before Since Under Despite According ' +
    'President Secretary Minister Foreign Senator Governor Representative General Chancellor Prime ' +
    'Former Press State Department House White Mr Mrs Ms Dr Sen Gov Rep Gen'
  ).split(' ')
)
const nameWord = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u

export interface People {
  /** surname → full name, for surnames that belong to exactly one full name */
  fullNames: ReadonlyMap<string, string>
}

/** Collects every "First Last" in `text` (one linear pass). */
export function findPeople(text: string): People {
  const byLastName = new Map<string, Set<string>>()
  for (const match of text.matchAll(/\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)+/gu)) {
    const words = match[0].split(' ').filter((word) => !notNames.has(word))
    const [first, last] = words.slice(-2)
    if (!first || !last || !nameWord.test(first) || !nameWord.test(last)) continue
    const names = byLastName.get(last) ?? new Set<string>()
    names.add(`${first} ${last}`)
    byLastName.set(last, names)
  }
  const fullNames = new Map<string, string>()
  for (const [last, names] of byLastName) {
    const [only] = names
    if (names.size === 1 && only) fullNames.set(last, only)
  }
  return { fullNames }
}

/** The person a name ending in `words` refers to: "Foreign Minister Musalia Mudavadi" → Musalia Mudavadi. */
export function personName(words: string[], people: People): string | null {
  const named = words.map((word) => word.replace(/['’]s$/, '')).filter((word) => !notNames.has(word))
  const [first, last] = named.slice(-2)
  if (last && first && nameWord.test(first) && nameWord.test(last)) return `${first} ${last}`
  const single = named.at(-1)
  if (!single || !nameWord.test(single)) return null
  return people.fullNames.get(single) ?? single
}

/**
 * The first known person named in `sentence` outside quotations, for resolving "he" or "she".
 * Only surnames of people the article names in full count, so "Ukraine" is never a speaker.
 */
export function firstPersonIn(sentence: string, people: People): string | null {
  const unquoted = sentence.replace(/“[^”]*”|"[^"]*"/g, ' ')
  for (const match of unquoted.matchAll(/\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/gu)) {
    const fullName = people.fullNames.get(match[0])
    if (fullName) return fullName
  }
  return null
}
