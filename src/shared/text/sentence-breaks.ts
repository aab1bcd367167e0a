/**
 * Candidate sentence breaks by the Unicode sentence rules (UAX #29, SB1–SB11), found in one scan
 * of the text by character class. It gives the breaks Intl.Segmenter gives (a test compares them)
 * without its cost: Intl.Segmenter allocates an object per segment and re-reads the string, while
 * this loop only stops at sentence terminators and paragraph separators. The corrections for
 * abbreviations, initials and lists are `sentence-rules.ts`'s job, applied to these candidates.
 */

/** UAX #29 sentence-break classes (those the rules tell apart). */
const OTHER = 0
const EXTEND = 1 // Extend and Format: they take the class of the character before them (SB5)
const SP = 2
const PARA_SEP = 3 // LF and Sep (U+0085, U+2028, U+2029)
const CR = 4
const LOWER = 5
const UPPER = 6
const OLETTER = 7
const NUMERIC = 8
const ATERM = 9
const STERM = 10
const CLOSE = 11
const SCONTINUE = 12

const sContinue = new Set([
  0x2c, 0x2d, 0x3a, 0x3b, 0x55d, 0x60c, 0x60d, 0x7f8, 0x1802, 0x1808, 0x2013, 0x2014, 0x3001, 0xfe10, 0xfe11,
  0xfe13, 0xfe31, 0xfe32, 0xfe50, 0xfe51, 0xfe55, 0xfe58, 0xfe63, 0xff0c, 0xff0d, 0xff1a, 0xff64
])
const aTerm = new Set([0x2e, 0x2024, 0xfe52, 0xff0e])
const paraSep = new Set([0x0a, 0x85, 0x2028, 0x2029])
const sTerm = /\p{Sentence_Terminal}/u
const extend = /[\p{Grapheme_Extend}\p{Mc}\p{Cf}]/u
const space = /\p{White_Space}/u
const close = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u275b-\u275e\u2e42\u301d-\u301f\uff02]/u
const upper = /[\p{Uppercase}\p{Lt}]/u
const lower = /\p{Lowercase}/u
const oLetter = /[\p{Alphabetic}\u05f3]/u
const numeric = /[\p{Nd}\u066b\u066c]/u

function classify(codePoint: number): number {
  if (codePoint === 0x0d) return CR
  if (paraSep.has(codePoint)) return PARA_SEP
  if (aTerm.has(codePoint)) return ATERM
  if (sContinue.has(codePoint)) return SCONTINUE
  const char = String.fromCodePoint(codePoint)
  if (sTerm.test(char)) return STERM
  if (extend.test(char)) return EXTEND
  if (space.test(char)) return SP
  if (lower.test(char)) return LOWER
  if (upper.test(char)) return UPPER
  if (oLetter.test(char)) return OLETTER
  if (numeric.test(char)) return NUMERIC
  if (close.test(char) && codePoint !== 0x5f3) return CLOSE
  return OTHER
}

/** Classes of the Basic Multilingual Plane, each worked out on first sight (0 = not yet; else class + 1). */
const bmpClasses = new Uint8Array(0x10000)

function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  let known = bmpClasses[code]!
  if (known !== 0) return known - 1
  if (code >= 0xd800 && code <= 0xdbff) return classify(text.codePointAt(index)!)
  // A low surrogate is the second half of the character before it.
  known = code >= 0xdc00 && code <= 0xdfff ? EXTEND : classify(code)
  bmpClasses[code] = known + 1
  return known
}

/** Every character that may be a terminator or a separator: ASCII ones, and all the others. */
const maybeTerminator = /[\n\r.!?\u0080-\uffff]/g

const isTerm = (kind: number): boolean => kind === ATERM || kind === STERM
const isParaSep = (kind: number): boolean => kind === PARA_SEP || kind === CR

/** The next index at or after `index` whose character is not Extend/Format (or `to`). */
function skipExtend(text: string, index: number, to: number): number {
  while (index < to && classAt(text, index) === EXTEND) index++
  return index
}

/** The class of the last character before `index` that is not Extend/Format, from `from` on. */
function classBefore(text: string, index: number, from: number): number {
  for (let at = index - 1; at >= from; at--) {
    const kind = classAt(text, at)
    if (kind !== EXTEND) return kind
  }
  return OTHER
}

/**
 * SB8: after a full stop, Close* Sp*, no break if the next letter (skipping digits, punctuation and
 * spaces, but not a terminator or a paragraph separator) is lower case — "e.g. the", "5 p.m. on".
 */
function lowerFollows(text: string, index: number, to: number): boolean {
  for (let at = index; at < to; at++) {
    const kind = classAt(text, at)
    if (kind === LOWER) return true
    if (kind === UPPER || kind === OLETTER || isTerm(kind) || isParaSep(kind)) return false
  }
  return false
}

/** Past one paragraph separator at `index` (CR LF counts as one). */
function afterParaSep(text: string, index: number, to: number): number {
  return text.charCodeAt(index) === 0x0d && index + 1 < to && text.charCodeAt(index + 1) === 0x0a
    ? index + 2
    : index + 1
}

/**
 * The sentence breaks inside `text[from, to)` as Intl.Segmenter would give them for that slice:
 * the start of every sentence after the first, in order, each pushed onto `out`.
 */
export function sentenceBreaks(text: string, from: number, to: number, out: number[] = []): number[] {
  let index = from
  while (index < to) {
    // The hot path: a regular expression skips what is neither a terminator nor a separator.
    maybeTerminator.lastIndex = index
    if (!maybeTerminator.test(text)) break
    index = maybeTerminator.lastIndex - 1
    if (index >= to) break
    const kind = classAt(text, index)
    if (isParaSep(kind)) {
      const next = afterParaSep(text, index, to) // SB4: always a break after a paragraph separator
      if (next < to) out.push(next)
      index = next
      continue
    }
    if (!isTerm(kind)) {
      index++
      continue
    }
    const after = skipExtend(text, index + 1, to)
    if (kind === ATERM && after < to) {
      const nextKind = classAt(text, after)
      if (nextKind === NUMERIC) {
        index = after // SB6: "3.5"
        continue
      }
      const before = classBefore(text, index, from)
      if (nextKind === UPPER && (before === UPPER || before === LOWER)) {
        index = after // SB7: "U.S"
        continue
      }
    }
    let end = after
    while (end < to && (classAt(text, end) === CLOSE || classAt(text, end) === EXTEND)) end++
    while (end < to && (classAt(text, end) === SP || classAt(text, end) === EXTEND)) end++
    if (end >= to) break // the text ends with this sentence
    const nextKind = classAt(text, end)
    if (nextKind === SCONTINUE || isTerm(nextKind) || (kind === ATERM && lowerFollows(text, end, to))) {
      index = end // SB8a, SB8: the sentence goes on
      continue
    }
    const cut = isParaSep(nextKind) ? afterParaSep(text, end, to) : end // SB9–SB11
    if (cut < to) out.push(cut)
    index = cut
  }
  return out
}
