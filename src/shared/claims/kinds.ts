/**
 * What kind of statement a claim makes, from its wording. Each kind is a short list of patterns;
 * `opinion` reads only the writer's own words (quotations removed), since a quoted opinion is a
 * fact about what someone said, and so is a judgement the claim attributes ("Critics argued that the
 * plan is reckless"). Attribution is reported speech, an attributed forecast or a study's finding.
 * `date` covers dated and past events ("since Trump took office in
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

/** Who may report, expect or find something: people, groups, institutions and documents. */
const sources =
  "(?:he|she|they|we|\\p{Lu}[\\p{L}'’-]+|(?:the\\s+)?(?:officials?|experts?|analysts?|economists?|forecasters?|" +
  'researchers?|scientists?|critics?|observers?|opponents?|supporters?|residents?|lawmakers?|ministers?|' +
  'authorities|government|ministry|agency|company|spokes(?:man|woman|person)|police|prosecutors?|' +
  'lawyers?|doctors?|investors?|economists?|unions?|campaigners?|activists?|sources?|studies|study|' +
  'reports?|data|surveys?|polls?|figures|statistics))'
/** Verbs of speech, belief and forecast that make the clause after them someone's claim. */
const reportingVerbs =
  'say|says|said|told|tells|argue|argued|argues|claim|claimed|claims|insist|insisted|insists|warn|warned|' +
  'warns|contend|contended|contends|predict|predicted|predicts|testified|estimate|estimated|estimates|' +
  'allege|alleged|alleges|believe|believed|believes|expect|expected|expects|forecast|forecasts|anticipate|' +
  'anticipated|anticipates'
/** Verbs that report only with "that": "has maintained that…", not "has maintained his approval". */
const reportingVerbsWithThat =
  'maintain|maintained|maintains|note|noted|notes|add|added|adds|state|stated|states|announce|announced|' +
  'announces|explain|explained|explains|acknowledge|acknowledged|admit|admitted|admits|concede|conceded|' +
  'deny|denied|denies|suggest|suggested|suggests|report|reported|reports|project|projected|projects|' +
  'conclude|concluded|concludes|doubt|doubted|doubts'
const adverbs =
  '(?:\\s+(?:also|later|previously|repeatedly|publicly|privately|now|still|then|have|has|had|long))?'
// Reported speech and attributed forecasts: "She said the cut would…", "Critics argued that…",
// "Officials expect the new rates to…" — a verb with its own clause, not one introducing a quotation.
const reportedSpeech = new RegExp(
  `(?:^|[^\\p{L}])${sources}${adverbs}\\s+(?:(?:${reportingVerbs})\\b(?!\\s*[,:]?\\s*""|\\s+(?:by|to\\s+be)\\b)|(?:${reportingVerbsWithThat})\\s+that\\b)`,
  'u'
)
const attribution = [
  /\baccording to\b/i,
  /\b(?:reportedly|allegedly)\b/i,
  reportedSpeech,
  /\b(?:experts?|analysts?|officials?|researchers?|scientists?|critics?|observers?|studies|study|reports?|data|sources?|polls?|surveys?)\s+(?:say|says|said|link|linked|argue|argued|estimate|estimated|believe|show|shows|showed|found|suggest|suggests|doubt|warn|warned|note|noted|claim|claimed)\b/i,
  // A study's finding: "A study of 500,000 adults found that…".
  /\b(?:study|studies|survey|report|analysis|research|review|trial|poll|paper|audit|census|data)\b[^.;]{0,80}?\b(?:found|finds|showed|shows|suggests|suggested|concluded|concludes|estimated|estimates|indicates|indicated|revealed|reveals)\b/i,
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
/**
 * Hedged judgement and evaluation in the writer's own words. "Appears" and "likely" hedge only as
 * "appears to" and when no comparison makes them a statistic ("12% less likely").
 */
const opinion = [
  /\b(?:might|perhaps|possibly|arguably|probably)\b/,
  /\b(?:seems?|appears?|appeared|seemed)\s+(?:to|that|as if)\b|\b[Ii]t (?:seems|appears)\b/,
  /(?<!\b(?:more|less|most|least|as|times|twice)\s+)\b(?:likely|unlikely)\b/,
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
  // With a direct quotation, the verb around it ("he told reporters") attributes the quotation.
  const attributed = matchesAny(
    hasQuote ? attribution.filter((pattern) => pattern !== reportedSpeech) : attribution,
    ownWords
  )
  const found: Record<ClaimKind, boolean> = {
    numeric: hasNumbers,
    date: matchesAny(date, text),
    quote: hasQuote,
    attribution: attributed,
    comparison: matchesAny(comparison, text),
    causal: matchesAny(causal, text),
    // A judgement someone else made, reported or forecast, is a fact about what they said.
    opinion: !attributed && matchesAny(opinion, ownWords)
  }
  return claimKinds.filter((kind) => found[kind])
}
