/**
 * What kind of statement a claim makes, from its wording. Each kind is a short list of patterns;
 * `opinion` reads only the writer's own words (quotations removed), since a quoted opinion is a
 * fact about what someone said. `date` covers dated and past events ("since Trump took office in
 * January 2025", "dating back to 2013 attempts to…", "two years ago"): when something happened
 * can be checked.
 */
export const claimKinds = [
  'numeric',
  'date',
  'quote',
  'attribution',
  'comparison',
  'causal',
  'opinion'
] as const
export type ClaimKind = (typeof claimKinds)[number]

const attribution = [
  /\baccording to\b/i,
  /\b(?:experts?|analysts?|officials?|researchers?|scientists?|critics?|observers?|studies|study|reports?|data|sources?|polls?|surveys?)\s+(?:say|says|said|link|linked|argue|argued|estimate|estimated|believe|show|shows|showed|found|suggest|suggests|doubt|warn|warned|note|noted|claim|claimed)\b/i,
  /\b(?:Institute|Center|Centre|Agency|Office|Bureau|Ministry|University|Council|Commission)\b[\w\s&]*?\s(?:estimates|estimated|reports|reported|found|finds|says|said)\b/
]
const comparison = [
  /\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|worse|better|longer|shorter|faster|slower|stronger|weaker|deadlier|cheaper)\s+than\b/i,
  // "provided more military and financial assistance since…": a comparison over time.
  /\bmore\s+(?:[\w-]+\s+){1,4}(?:than|since)\b/i,
  /\b(?:exceed\w*|surpass\w*|outnumber\w*|outpac\w*|compared\s+(?:with|to)|twice\s+as|(?:doubled|tripled|halved))\b/i,
  /\d(?:%|\s*percent)\s+(?:increase|decrease|rise|drop|fall|jump|decline|gain|growth|more|less|higher|lower)\b/i,
  /\b(?:increase|decrease|rise|drop|fall|jump|decline)[sd]?\s+(?:of|by)\s+\d/i
]
const causal = [
  /\b(?:because|due to|caused?|causing|led to|leads? to|leading to|result(?:ed|s)? in|as a result|stem(?:s|med)? from|driven by|thanks to|contribut\w+ to|consequently)\b/i,
  /\blink(?:s|ed)?\s+(?:[\w-]+\s+){0,3}to\b/i
]
const opinion = [
  /\b(?:might|perhaps|possibly|likely|unlikely|apparently|reportedly|allegedly|seems?|appears?|arguably|probably)\b/,
  /\b(?:false(?:ly)?|ironically|impotent|deadly|stark|shameful|disastrous|outrageous|absurd|ridiculous|reckless|brutal|dangerous|terrible|clearly|obviously|undoubtedly|sadly|unfortunately|dictator|autocrat|quagmire)\b/i
]

const month =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?'
const year = '(?:1[89]|20)\\d\\d'
const date = [
  // "January 2025", "March 3, 2024", "3 March 2024", "on May 12"
  new RegExp(`\\b${month}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?${year}\\b`),
  new RegExp(`\\b\\d{1,2}\\s+${month}\\s+${year}\\b`),
  new RegExp(`\\b(?:on|by|since|until|from|before|after)\\s+${month}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`),
  // a year introduced as a time: "in 2024", "since 2013", "dating back to 2013", "the 1990s"
  new RegExp(
    `\\b(?:in|since|by|until|till|from|during|throughout|before|after|as of|back to|between|through)\\s+(?:the\\s+)?(?:(?:early|mid|late|end of|start of|spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?)?${year}s?\\b(?![,.]?\\d)`,
    'i'
  ),
  new RegExp(`\\b(?:the\\s+)?(?:18|19|20)\\d0s\\b`),
  // past events: "took office", "was elected", "two years ago"
  /\b(?:took office|(?:was|were) (?:elected|founded|signed|passed|enacted|launched)|came to power|sworn in)\b/i,
  /\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)\s+(?:days?|weeks?|months?|years?|decades?|centuries)\s+ago\b/i
]

const matchesAny = (patterns: RegExp[], text: string): boolean =>
  patterns.some((pattern) => pattern.test(text))

/** The kinds a claim's wording shows; `numeric` and `quote` come from their own parsers. */
export function classifyClaim(text: string, hasNumbers: boolean, hasQuote: boolean): ClaimKind[] {
  const ownWords = text.replace(/“[^”]*”|"[^"]*"/g, '""')
  const found: Record<ClaimKind, boolean> = {
    numeric: hasNumbers,
    date: matchesAny(date, text),
    quote: hasQuote,
    attribution: matchesAny(attribution, text),
    comparison: matchesAny(comparison, text),
    causal: matchesAny(causal, text),
    opinion: matchesAny(opinion, ownWords)
  }
  return claimKinds.filter((kind) => found[kind])
}
