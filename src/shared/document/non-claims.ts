/**
 * Lines of an article that are not claims: photo captions and credits, bylines and datelines, and
 * the page furniture a saved web page brings along ("Advertisement", "Share this article"). Every
 * importer's blocks pass through here (see build-article.ts), so a caption in a .txt file is a
 * caption as much as a <figcaption> is. Patterns are narrow on purpose: a sentence wrongly taken
 * out of the count is worse than a caption left in it, which the reviewer can mark "not a claim".
 */

/** Captions, credits and bylines are short; a longer block is prose whatever it starts with. */
const MAX_CAPTION_LENGTH = 400
const MAX_BYLINE_LENGTH = 160
const MAX_FURNITURE_LENGTH = 200
/**
 * No line longer than this (whitespace collapsed) is furniture, a caption or a byline: the longest
 * any of the checks below accepts. Callers with collapsed text can skip them all past it.
 */
export const LONGEST_NON_CLAIM = Math.max(MAX_CAPTION_LENGTH, MAX_BYLINE_LENGTH * 2, MAX_FURNITURE_LENGTH)

/**
 * The text with its whitespace runs made single spaces and its ends trimmed. Blocks arrive already
 * normalized (build-article.ts), so the common case is one scan that finds nothing to change.
 */
const collapse = (text: string): string =>
  text.startsWith(' ') || text.endsWith(' ') || /\s\s|[^\S ]/.test(text)
    ? text.replace(/\s+/g, ' ').trim()
    : text

// ---- page furniture ----

/** Whole lines that are a page's buttons and labels, compared without case or end punctuation. */
const furnitureLines = new Set([
  'ad',
  'advertisement',
  'advertisement scroll to continue',
  'article continues below',
  'article continues below advertisement',
  'comments',
  'continue reading',
  'continue reading the main story',
  'copy link',
  'email',
  'link copied',
  'listen to this article',
  'print',
  'read more',
  'scroll to continue with content',
  'share',
  'share on facebook',
  'share on twitter',
  'share on x',
  'share this',
  'share this article',
  'share this story',
  'share via email',
  'skip advertisement',
  'sponsored',
  'sponsored content',
  'story continues below',
  'story continues below advertisement',
  'supported by'
])

/** Lines that point elsewhere: "Read the full transcript here", "Related: …", "Sign up for …". */
const furniturePatterns = [
  // A pointer, not an instruction in a sentence ("Read the full report before the vote").
  /^read (?:the |our )?full (?:transcript|story|article|report|statement|interview|text|letter|ruling)(?: of [\p{L} '’-]{1,40})?(?: (?:here|below|above|online))?[\s.:!…›»→>]*$/iu,
  /^(?:related|read more|see also|also read|more on this|watch|listen|recommended)\s*:\s*.{0,150}$/i,
  /^(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|inbox|updates)\b.{0,30}$/i,
  /^click here\b.{0,80}$/i,
  /^follow (?:us|[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)*) on (?:x|twitter|facebook|instagram|threads|bluesky|linkedin)\b.{0,40}$/iu
]

/** A line of a web page's furniture rather than of the article: it is dropped. */
export function isPageFurniture(text: string): boolean {
  const line = collapse(text)
  if (line.length > MAX_FURNITURE_LENGTH) return false
  const bare = line
    .replace(/[\s.:!…›»→>|–—-]+$/u, '')
    .replace(/\s*[–—-]\s*/gu, ' ')
    .toLowerCase()
  return furnitureLines.has(bare) || furniturePatterns.some((pattern) => pattern.test(line))
}

// ---- captions and photo credits ----

/** "Photo: …", "Image caption, …", "Image source, Getty Images", "Credit…Jane Doe/Reuters". */
const captionOpening =
  /^(?:(?:photo|photograph|picture|image|illustration|graphic|video|photo illustration)s?(?: (?:credit|source|caption|by))?\s*[:：,|]|(?:photo |image )?credits?\s*(?:[:：…,|]|\.{2,3})|photo(?:graph)? by\s)/i

/** Agencies and picture desks a photo credit ends with, after a slash ("Jane Doe/Reuters"). */
const agencies = [
  'Getty Images',
  'Reuters',
  'AFP',
  'AP',
  'EPA',
  'EPA-EFE',
  'Shutterstock',
  'Alamy',
  'Bloomberg',
  'Bloomberg News',
  'Xinhua',
  'Sipa',
  'Sipa USA',
  'PA',
  'PA Images',
  'PA Wire',
  'Redux',
  'Polaris',
  'ZUMA Press',
  'NurPhoto',
  'Anadolu',
  'Anadolu Agency',
  'SOPA Images',
  'LightRocket',
  'Corbis',
  'iStock',
  'Pool',
  'The New York Times',
  'The Washington Post'
]
const agencyAlternatives = agencies.map((name) => name.replace(/[.-]/g, '\\$&')).join('|')
/** A credit closing the line: "…/Reuters", "…AFP via Getty Images", "(AP Photo/Jane Doe)". */
const creditEnding = new RegExp(
  `(?:\\/\\s*(?:${agencyAlternatives})(?:\\s+via\\s+Getty Images)?|\\bvia Getty Images|\\((?:AP|AFP|Reuters|EPA)(?: Photo)?\\/[^)]*\\))\\s*\\)?\\.?$`
)

/** How much of a line's end can hold its credit: "(AP Photo/…)" with a few names in it. */
const CREDIT_ENDING_LENGTH = 200

/** A photo caption or credit line: shown as a caption, never a claim. */
export function isCaption(text: string): boolean {
  const line = collapse(text)
  if (line.length === 0 || line.length > MAX_CAPTION_LENGTH) return false
  if (captionOpening.test(line)) return true
  // Every credit ending has a slash or "via Getty Images" (a quick look first), and it closes the
  // line: it is looked for in the line's end only, not from every position.
  const end = line.slice(-CREDIT_ENDING_LENGTH)
  return (end.includes('/') || end.includes('via Getty Images')) && creditEnding.test(end)
}

// ---- bylines and datelines ----

const NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*"
/** Particles inside names: "Jean de la Fontaine", "Ludwig van Beethoven". */
const PARTICLE = '(?:de|del|della|der|di|da|du|la|le|van|von|bin|al|el|ibn)'
const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){0,4}`
const NAMES = `${NAME}(?:\\s*(?:,\\s*and|,|and|&)\\s+${NAME})*`
/** What may follow the names: an outlet or role ("Reuters", "Staff writer", "in Kyiv"). */
const ROLE_WORD = `(?:${NAME_WORD}|and|of|the|at|&|staff|senior|chief|political|foreign|science|health|business|economics|correspondent|reporter|writer|editor|contributor|columnist|\\d+)`
const ROLE = `(?:\\s*(?:,|\\||—|–|-|\\bfor\\b|\\bin\\b)\\s*${ROLE_WORD}(?:\\s+${ROLE_WORD})*)*`
/** Names keep their capitals ("By March, prices rose" is no byline), so only "By" ignores case. */
const byline = new RegExp(`^[Bb][Yy]\\s+${NAMES}${ROLE}\\.?$`, 'u')

/** Credits at a wire story's end: "Reporting by Jane Doe; Editing by John Roe". */
const creditsLine =
  /^(?:(?:additional |further )?(?:reporting|writing|editing|research|compiled|written|edited)(?: and (?:writing|editing|reporting))? by\b)/i

/** "Updated May 3, 2024, 9:15 a.m. ET", "Published 3 May 2024". */
const timestampLine =
  /^(?:updated|published|posted|last updated|first published)(?: on)?\b[^.!?]{0,60}\d[^!?]{0,40}$/i

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const DATE = `(?:,?\\s*(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?))`
/** Wire services named in a dateline: "WASHINGTON (Reuters) — ". */
const AGENCY =
  '(?:\\s*\\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|DPA|Xinhua|CNN|BBC|ANSA|EFE|Kyodo|TASS|PTI|IANS|AAP|CP|The Canadian Press)\\))'
/** A place in capitals ("WASHINGTON", "NEW YORK", "ST. LOUIS"), maybe with its region. */
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?"
const PLACE = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`
const REGION = `(?:,\\s*${PLACE})?`
/** A place, then a date or an agency (either will do after a place in capitals). */
const DATELINE = `(?:${CAPS_PLACE}${REGION}${DATE}?${AGENCY}?|${PLACE}${REGION}(?:${DATE}${AGENCY}?|${AGENCY}))`
/** The dash that ends a dateline: an em or en dash, or a hyphen set apart with spaces. */
const DATELINE_END = '(?:\\s*[—–]\\s*|\\s+-{1,2}\\s+|--\\s*)'
const datelineOpening = new RegExp(`^${DATELINE}${DATELINE_END}(?=\\p{Lu}|["“‘'])`, 'u')
const datelineAlone = new RegExp(`^${DATELINE}\\s*[—–:]?$`, 'u')

/**
 * A byline, a timestamp or a dateline on a line of its own. `opening` says whether the line comes
 * before the article's first claim: only there is "By …" a byline rather than a sentence.
 */
export function isByline(text: string, opening: boolean): boolean {
  const line = collapse(text)
  if (line.length === 0 || line.length > MAX_BYLINE_LENGTH * 2) return false
  if (creditsLine.test(line)) return true
  if (!opening || line.length > MAX_BYLINE_LENGTH) return false
  return byline.test(line) || timestampLine.test(line) || datelineAlone.test(line)
}

/**
 * How many characters of a paragraph's start are its dateline ("WASHINGTON (Reuters) — ",
 * "LONDON, May 3 — "), dash and space included; 0 when it has none.
 */
export function datelineLength(text: string): number {
  return datelineOpening.exec(text)?.[0].length ?? 0
}
