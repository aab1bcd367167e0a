/**
 * Joining two lines of a PDF paragraph, where a word may be broken across them. A line ending
 * in a hyphen after a letter is read as follows:
 * - a soft hyphen (U+00AD) only marks a break: the word is joined ("infor\u00AD" + "mation");
 * - before a capital or a digit the hyphen is real ("non-" + "EU", "COVID-" + "19");
 * - otherwise the document decides where it can: a word it uses whole elsewhere is joined
 *   ("infor-" + "mation" when "information" appears), a compound it hyphenates inside a line
 *   elsewhere keeps its hyphen ("decision-" + "making" when "decision-making" appears);
 * - failing that, a hyphen after a word that starts compounds (self-, well-, twenty-…) stays,
 *   and any other is a break in a word and is dropped.
 */

/** Words that, before a hyphen, almost always start a compound rather than end a syllable. */
const compoundHeads = new Set([
  'self',
  'well',
  'ill',
  'half',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety'
])

const HYPHENS = '-\u2010'
const SOFT_HYPHEN = '\u00AD'
const wordBeforeHyphen = new RegExp(`(\\p{L}+)[${HYPHENS}${SOFT_HYPHEN}]$`, 'u')
const firstWord = /^\p{L}+/u

/** The words a document uses, to tell a broken word from a hyphenated compound. */
export class Vocabulary {
  private readonly words = new Set<string>()

  add(text: string): void {
    for (const word of text.toLowerCase().match(/\p{L}+(?:[-\u2010]\p{L}+)*/gu) ?? []) {
      this.words.add(word)
    }
  }

  has(word: string): boolean {
    return this.words.has(word.toLowerCase())
  }
}

/** `line` followed by `next` as one run of text. */
export function joinLines(line: string, next: string, vocabulary: Vocabulary): string {
  const broken = wordBeforeHyphen.exec(line)
  if (!broken) return line.endsWith('—') ? line + next : `${line} ${next}`
  const head = broken[1]!
  const hyphen = line.at(-1)!
  const without = line.slice(0, -1)
  if (hyphen === SOFT_HYPHEN) return without + next
  if (/^[\p{Lu}\p{N}]/u.test(next)) return line + next
  const tail = firstWord.exec(next)?.[0]
  if (!tail) return line + next
  if (vocabulary.has(head + tail)) return without + next
  if (vocabulary.has(`${head}-${tail}`) || compoundHeads.has(head.toLowerCase())) return line + next
  return without + next
}
