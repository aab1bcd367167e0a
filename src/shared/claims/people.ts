/**
 * People named in an article, so a quotation's speaker can be written out in full: "As Hill
 * summarized" → Fiona Hill, and "he told reporters" → the person the previous sentence names.
 * A person is recognised by a two-word capitalised name somewhere in the article ("President
 * Donald Trump" → Donald Trump, "State Sen. Michael Doherty" → Michael Doherty); a surname shared by
 * two such names stays as it is. Months, weekdays and pronouns are never names. Names are written
 * as people write them: "Michael O’Donnell", "Anne-Marie Duval", "William G. Gale", "C. Eugene
 * Steuerle", "Ludwig van der Berg", "Hamad bin Khalifa".
 */

/** Capitalised words that open sentences or name roles and places, never a person's name. */
const notNames = new Set(
  (
    'The A An In On At As But And Or So If When While After Before Since Under Despite According ' +
    'President Secretary Minister Foreign Senator Governor Representative General Chancellor Prime ' +
    'Former Press State Department House White Mr Mrs Ms Dr Sen Gov Rep Gen Lt Col Sgt Capt Chief ' +
    'Executive Officer Director Chair Chairman Chairwoman Mayor Judge Justice Professor Prof Councillor ' +
    'Councilman Councilwoman Commissioner Superintendent Assemblyman Assemblywoman Spokesman Spokeswoman'
  ).split(' ')
)
/** Months: a surname only after a first name ("Theresa May"), never a speaker alone. */
const months = new Set(
  'January February March April May June July August September October November December'.split(' ')
)
/** Capitalised words that are never part of a speaker's name: weekdays and pronouns. */
const neverNames = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow ' +
    'He She They It We I You His Her Hers Their Its Our This That These Those There Then'
  ).split(' ')
)
/** One word of a name: "Ruiz", "O’Donnell", "D'Angelo", "McDonald", "Anne-Marie", "Smith-Jones". */
const nameWord = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?$/u
/** A capitalised word as it may stand in a name, for scanning text: the same shapes, unanchored. */
const nameWordSource = "(?:\\p{Lu}['’])?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?"
/** Lower-case words that stand inside a surname: "van der Berg", "de la Cruz", "bin Salman". */
export const nameParticles: ReadonlySet<string> = new Set(
  'van von der den de del della di da du dos das le la bin ibn al el ter ten zu'.split(' ')
)
/** A middle or first initial: "G." in "William G. Gale" (with or without its full stop). */
const initial = /^\p{Lu}\.?$/u
const nicknameInName = /(\p{Lu}\p{Ll}+) [“"][^”"]{1,30}[”"] (?=\p{Lu})/gu
const nameWordInText = new RegExp(nameWordSource, 'gu')
const properNounInText = new RegExp(`[\\p{Ll},;”"] (${nameWordSource})(?![\\p{L}'’])`, 'gu')
/** A run of name-like words in running text, particles and initials included. */
const nameRun = new RegExp(
  `(?:\\p{Lu}\\. )?${nameWordSource}(?: (?:(?:${[...nameParticles].join('|')}) )*(?:\\p{Lu}\\. )*${nameWordSource})+`,
  'gu'
)

export interface People {
  /** surname → full name, for surnames that belong to exactly one full name */
  fullNames: ReadonlyMap<string, string>
  /** Words written capitalised inside a sentence somewhere ("Reuters"), so proper nouns. */
  properNouns: ReadonlySet<string>
}

/** Collects every "First Last" in `text` (one linear pass). */
export function findPeople(text: string): People {
  const byLastName = new Map<string, Set<string>>()
  // "Rodrigo “El Toro” Mendes" is Rodrigo Mendes.
  const withoutNicknames = text.replace(nicknameInName, '$1 ')
  for (const match of withoutNicknames.matchAll(nameRun)) {
    const full = fullNameAtEnd(match[0].split(' ').filter((word) => !notNames.has(word)))
    if (!full) continue
    const last = full.split(' ').at(-1) ?? ''
    const names = byLastName.get(last) ?? new Set<string>()
    names.add(full)
    byLastName.set(last, names)
  }
  const fullNames = new Map<string, string>()
  for (const [last, names] of byLastName) {
    const [only] = names
    if (names.size === 1 && only) fullNames.set(last, only)
  }
  const properNouns = new Set<string>()
  for (const match of text.matchAll(properNounInText)) {
    if (match[1]) properNouns.add(match[1])
  }
  return { fullNames, properNouns }
}

/** The person a name ending in `words` refers to: "Foreign Minister Musalia Mudavadi" → Musalia Mudavadi. */
export function personName(words: string[], people: People): string | null {
  const named = words
    .map((word) => word.replace(/['’]s$/, ''))
    .filter((word) => !notNames.has(word.replace(/\.$/, '')))
  const full = fullNameAtEnd(named)
  if (full) return full
  const single = named.at(-1)?.replace(/\.$/, '')
  if (!single || !nameWord.test(single) || neverNames.has(single) || months.has(single)) return null
  // A lone word names someone only if the article writes it capitalised mid-sentence: not "Critics".
  return people.fullNames.get(single) ?? (people.properNouns.has(single) ? single : null)
}

/** Whether a capitalised word can be part of a name: not a role, month, weekday or pronoun. */
export function mayBeName(word: string): boolean {
  return nameWord.test(word) && !notNames.has(word) && !months.has(word) && !neverNames.has(word)
}

/**
 * The full name that `words` end with, initials and particles kept: […, "William", "G.", "Gale"] →
 * "William G. Gale", ["C.", "Eugene", "Steuerle"] → "C. Eugene Steuerle"; null when the words do not
 * end with a first name and a surname.
 */
function fullNameAtEnd(words: readonly string[]): string | null {
  let index = words.length - 1
  const last = words[index]?.replace(/\.$/, '')
  if (!last || !nameWord.test(last)) return null
  const parts = [last]
  for (index--; index >= 0; index--) {
    const word = words[index] ?? ''
    // "Rosa Di Marco": a capitalised particle after a first name.
    const particle = nameParticles.has(word) || (nameParticles.has(word.toLowerCase()) && index > 0)
    if (particle) parts.unshift(word)
    else if (initial.test(word)) parts.unshift(`${word.charAt(0)}.`)
    else break
  }
  // "de" or "G." cannot open a name: the first name stands before them.
  const first = words[index]
  if (!first || !isFullName(first, last)) return null
  const before = words[index - 1]
  const lead = before && initial.test(before) ? `${before.charAt(0)}. ` : ''
  return `${lead}${first} ${parts.join(' ')}`
}

/** "Michael Doherty" or "Theresa May", but not "June Doherty" read from "In June Doherty said". */
function isFullName(first: string, last: string): boolean {
  if (!nameWord.test(first) || !nameWord.test(last)) return false
  return !months.has(first) && !neverNames.has(first) && !neverNames.has(last)
}

/**
 * The first known person named in `sentence` outside quotations, for resolving "he" or "she".
 * Only surnames of people the article names in full count, so "Ukraine" is never a speaker.
 */
export function firstPersonIn(sentence: string, people: People): string | null {
  const unquoted = sentence.replace(/“[^”]*”|"[^"]*"/g, ' ')
  for (const match of unquoted.matchAll(nameWordInText)) {
    const fullName = people.fullNames.get(match[0])
    if (fullName) return fullName
  }
  return null
}

/**
 * The known person a sentence opens on, its likely subject: "Treasurer Ines D’Souza-Marsh
 * disagreed." or "Aubert's trainer, Sam O’Reilly, was blunt." (O’Reilly, not Aubert's). Only the
 * first eight words count, and a possessive ("Aubert's") is never the subject.
 */
export function subjectPersonIn(sentence: string, people: People): string | null {
  const opening = sentence
    .split(/\s+/, 8)
    .join(' ')
    .replace(/“[^”]*”|"[^"]*"/g, ' ')
  for (const match of opening.matchAll(nameWordInText)) {
    if (/^['’]s\b/.test(opening.slice(match.index + match[0].length))) continue
    const fullName = people.fullNames.get(match[0])
    if (fullName) return fullName
  }
  return null
}

/** Last words that make a run of capitalised words an organisation: "Lakeshore Island Council". */
const organisationWords =
  /^(?:Council|Committee|Commission|Club|Association|Union|Party|Department|Ministry|Agency|Authority|Board|Office|Institute|University|College|Foundation|Company|Corporation|Corp|Inc|Ltd|Group|Bank|Police|Service|Court|Church|Hospital|Federation|League|Society|Trust|Ferries|Airlines|Network|Coalition|Alliance|Campaign)\.?$/

/**
 * Who issued "the statement" the previous sentence mentions: its first organisation or person,
 * in full ("The Lakeshore Island Council backed…" → Lakeshore Island Council).
 */
export function firstNamedIn(sentence: string, people: People): string | null {
  const unquoted = sentence.replace(/“[^”]*”|"[^"]*"/g, ' ')
  for (const match of unquoted.matchAll(/\p{Lu}[\p{L}&.-]*(?: (?:of |for |and )?\p{Lu}[\p{L}&.-]*)+/gu)) {
    const words = match[0].split(' ')
    while (words[0] && notNames.has(words[0])) words.shift()
    if (words.length >= 2 && organisationWords.test(words.at(-1) ?? '')) return words.join(' ')
    const person = personName(words, people)
    if (person && people.fullNames.has(person.split(' ').at(-1) ?? '')) return person
  }
  return firstPersonIn(sentence, people)
}
