/**
 * Words folded so that two claims saying the same thing with other verbs meet: "fired",
 * "launched" and "shot" are one word to the matcher, "averaging" and "average" too. A light
 * suffix fold (plural, -ing, -ed) and a short list of newsroom synonyms, not a full stemmer: a
 * fact-checker's match turns on the figures and the actors, and the verbs need only not stand
 * in the way.
 */

/** Synonym groups: every word of a group folds to its first. */
const synonymGroups = [
  'launch launched launches launching fire fired fires firing shot shoot shoots',
  'increase increased increases rise rose risen rising grow grew grown growth jump jumped surge surged',
  'decrease decreased decreases fall fell fallen falling drop dropped decline declined cut cuts shrink shrank',
  'kill killed kills killing',
  'die died dies dying death deaths dead',
  'job jobs employment',
  'tax taxes taxed taxing',
  'say said says',
  'double doubled doubles twice',
  'triple tripled triples',
  'million millions',
  'billion billions',
  'percent per-cent percentage',
  'average averaged averages averaging',
  'spend spent spending',
  'pay paid pays paying',
  'vote voted votes voting',
  'buy bought buys buying purchase purchased',
  'build built builds building',
  'give gave given gives giving',
  'immigrant immigrants migrant migrants',
  'illegal undocumented',
  'president presidential',
  'america american americans us',
  'obamacare aca'
]
const synonyms = new Map<string, string>()
for (const group of synonymGroups) {
  const [head = '', ...rest] = group.split(' ')
  for (const word of rest) synonyms.set(word, head)
}

/** A lowercase word folded: "launched" → "launch", "drones" → "drone", "averaging" → "average". */
export function foldWord(word: string): string {
  const known = synonyms.get(word)
  if (known) return known
  let stem = word
  if (stem.length > 5 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`
  else if (stem.length > 5 && stem.endsWith('ing')) stem = stem.slice(0, -3)
  else if (stem.length > 4 && stem.endsWith('ed')) stem = stem.slice(0, -2)
  else if (stem.length > 3 && stem.endsWith('s') && !stem.endsWith('ss') && !stem.endsWith('us'))
    stem = stem.slice(0, -1)
  return synonyms.get(stem) ?? stem
}
