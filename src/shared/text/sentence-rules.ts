/**
 * Rules that correct Intl.Segmenter's sentence breaks. Intl.Segmenter follows Unicode UAX #29,
 * which knows nothing of abbreviations, initials, list markers or spaced ellipses; each rule here
 * looks only at the text right around one break, so applying them is linear.
 */
import {
  ambiguousAbbreviations,
  continuingAbbreviations,
  monthAbbreviations,
  numberAbbreviations,
  sentenceStarters,
  titleAbbreviations
} from './abbreviations'

/** A list marker alone: "1.", "1.)", "a.", "• 9.", "⁃10." — it introduces the item that follows. */
const lonelyListMarker = /^(?:[•⁃◦▪‣]\s*)?(?:\d{1,3}|[a-z])?(?:\.\)|[.)])$/
/** "the thing is . . . I didn't" — a spaced three-dot ellipsis marks an omission, not an end. */
const spacedEllipsis = /(?:^|[^.\s])\s\.\s\.\s\.$/
/** "(Smith 55)." — a citation whose full stop closes the sentence before it. */
const trailingCitation = /^\([^()]*\)[.!?]$/
/** "At 5 a.m." — an introductory time phrase is not a sentence of its own. */
const introductoryTime = /^(?:At|By|Before|After|Until|Till|Around|From|Since)\s+[\d:]+\s+[ap]\.m\.$/i
/** U.S., a.m., P.M., Ph.D., U.S.A (without the final full stop). */
const dottedAcronym = /^(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}$/
const capitalised = /^\p{Lu}/u
const initialLetter = /^\p{Lu}$/u

/**
 * Decides whether a break is false, so the text either side belongs to one sentence. `tail` is the
 * trimmed text before the break (the whole piece since the previous break, or its last 80 or so
 * characters), `next` the trimmed text after it, up to the following break or as long.
 */
export function isFalseBreak(tail: string, next: string): boolean {
  if (tail.length <= 8 && lonelyListMarker.test(tail)) return true
  if (endsWithExclamationOrQuestion(tail)) return /^\p{Ll}/u.test(next) // "Yahoo! in the …"
  // Each test below is guarded by a cheap look at the ends, so most breaks cost no regex at all.
  if (tail.endsWith('. .') && spacedEllipsis.test(tail)) return true
  if (next.startsWith('(') && trailingCitation.test(next)) return true
  if (!tail.endsWith('.')) return false
  return continuesAfterAbbreviation(tail, next)
}

/** Closing quotes and brackets that may follow a terminator: `?”`, `!)`. */
const closers = new Set(['"', "'", '”', '’', ')', ']'])

/** `/[!?]["'”’)\]]*$/` without a regex, which would try every position of `tail`. */
function endsWithExclamationOrQuestion(tail: string): boolean {
  let index = tail.length - 1
  while (index >= 0 && closers.has(tail[index]!)) index--
  return tail[index] === '!' || tail[index] === '?'
}

/** Opening quotes and brackets a word may start with: `“Inc.`, `(Dr.`. */
const openers = /^["'“‘([]+/

function continuesAfterAbbreviation(tail: string, next: string): boolean {
  const wordStart = tail.lastIndexOf(' ') + 1
  const bare = tail.slice(wordStart, -1)
  const word = openers.test(bare) ? bare.replace(openers, '') : bare
  if (titleAbbreviations.has(word) || continuingAbbreviations.has(word.toLowerCase())) return true
  if (numberAbbreviations.has(word) || monthAbbreviations.has(word)) return /^["'“‘([]*\d/.test(next)
  if (initialLetter.test(word)) {
    // "Jonas E. Smith", "J. K. Rowling", "said C. Eugene Steuerle" — but "you and I. Did …" and
    // "got a B. The …" end a sentence: after a lower-case word, an initial opens a name only when
    // the next word is no common sentence opener.
    const previous = wordStart > 0 ? tail.slice(tail.lastIndexOf(' ', wordStart - 2) + 1, wordStart - 1) : ''
    const following = firstWord(next)
    if (!capitalised.test(following)) return false
    if (previous === '' || capitalised.test(previous)) return true
    return word !== 'I' && !sentenceStarters.has(following.replace(/[.,;:!?]+$/, ''))
  }
  if (dottedAcronym.test(word) || ambiguousAbbreviations.has(word)) {
    if (/^[ap]\.m$/i.test(word) && introductoryTime.test(tail)) return true
    return !sentenceStarters.has(firstWord(next).replace(/[.,;:!?]+$/, ''))
  }
  return false
}

function firstWord(text: string): string {
  return /^["'“‘([]*([^\s"'”’)\]]*)/.exec(text)?.[1] ?? ''
}

/**
 * "compounds. . . . The practice" — a full stop then an ellipsis that opens the next sentence:
 * returns where the break really is (right after the first full stop), or null to keep it.
 */
export function movedEllipsisBreak(piece: string): number | null {
  if (!piece.endsWith(' . . .')) return null
  const match = /\S\.( \.){3}$/.exec(piece)
  return match ? match.index + 2 : null
}
