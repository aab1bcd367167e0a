/**
 * Word lists the sentence rules consult. Each list answers one question about a token that ends
 * with a full stop: can a sentence end here, and what must follow for it to be a boundary?
 */

/** Titles and name prefixes: always followed by a name, never the end of a sentence. */
export const titleAbbreviations: ReadonlySet<string> = new Set(
  (
    'Mr Mrs Ms Messrs Mme Mlle Dr Prof Gov Sen Rep Gen Col Lt Capt Cmdr Sgt Cpl Pvt Adm Maj Brig ' +
    'Rev Hon Pres Supt Atty Amb St Mt Ft'
  ).split(' ')
)

/** Latin and connective abbreviations that always continue the sentence. */
export const continuingAbbreviations: ReadonlySet<string> = new Set(['e.g', 'i.e', 'cf', 'vs', 'viz'])

/** Abbreviations that stand before a number: "No. 5", "p. 55", "N°. 12". */
export const numberAbbreviations: ReadonlySet<string> = new Set(
  'No Nos no nos p pp Vol vol Fig fig Ch ch Art art Sec sec Nr nr N° Ex ex'.split(' ')
)

/** Month abbreviations stand before a day or a year: "Jan. 5", "Sept. 2024". */
export const monthAbbreviations: ReadonlySet<string> = new Set(
  'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(' ')
)

/**
 * Abbreviations that may end a sentence ("… & Co. It closed") or sit inside one ("Co. shares").
 * Dotted acronyms (U.S., a.m., Ph.D.) behave the same way and are recognised by their shape.
 */
export const ambiguousAbbreviations: ReadonlySet<string> = new Set(
  'Inc Co co Corp Ltd Jr Sr Bros Dept Govt Assn Univ est approx etc al'.split(' ')
)

/**
 * Words that commonly open a sentence. After an ambiguous abbreviation, one of these means a new
 * sentence ("I live in the U.S. How about you?"); any other capitalised word continues it
 * ("the U.S. Government").
 */
export const sentenceStarters: ReadonlySet<string> = new Set(
  (
    'The A An This That These Those There Here It Its He She They We I You His Her Their Our My ' +
    'Your But And Or So Yet Nor However Meanwhile Then Now Still Also In On At As If When While ' +
    'After Before Since Although Though Because For With Without What Why How Who Where Which ' +
    'Mr Mrs Ms Dr Some Many Most All No Not One Each Every Both Neither Either Such Today ' +
    'Yesterday Tomorrow Last Next Despite During Under Over Instead Even Only Just Thus ' +
    'Therefore Moreover Furthermore Let Please'
  ).split(' ')
)
