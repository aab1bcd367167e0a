import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ClaimIndex, claimSignature, MATCH_SIMILARITY } from './similar-claims-index'

interface Pair {
  same: boolean
  a: string
  b: string
}
const pairsIn = (file: string): Pair[] =>
  (
    JSON.parse(readFileSync(new URL(`../../../test/fixtures/claims/${file}`, import.meta.url), 'utf8')) as {
      pairs: Pair[]
    }
  ).pairs

/** Each pair is tried against an index holding every other pair's claims as well. */
function precisionAndRecall(pairs: Pair[]): { precision: number; recall: number } {
  const found = pairs.map((pair, index) => {
    const library = new ClaimIndex()
    pairs.forEach((other, otherIndex) => {
      if (otherIndex === index) return
      library.add({ documentId: 'background', claimId: `a${otherIndex}` }, other.a)
      library.add({ documentId: 'background', claimId: `b${otherIndex}` }, other.b)
    })
    library.add({ documentId: 'reviewed', claimId: 'c1' }, pair.b)
    return library.find(pair.a).some((match) => match.documentId === 'reviewed')
  })
  const truePositives = found.filter((hit, index) => hit && pairs[index]?.same).length
  return {
    precision: truePositives / found.filter(Boolean).length,
    recall: truePositives / pairs.filter((pair) => pair.same).length
  }
}

describe('claimSignature', () => {
  it('keeps content words (folded), figures (years included) and names, the facts among the words too', () => {
    expect(claimSignature('Mayor Ana Ruiz said 1,200 homes were flooded in 2023, or 12%.')).toEqual({
      words: ['mayor', 'ana', 'ruiz', 'home', 'flood', '#1200', '#12%', '#2023', '@ana', '@ruiz'],
      figures: ['12%', '1200', '2023'],
      names: ['ana', 'ruiz']
    })
  })
})

describe('ClaimIndex', () => {
  it('finds paraphrases with the same figures and names, and nothing else, in the pairs it was tuned on', () => {
    expect(precisionAndRecall(pairsIn('claim-pairs.json'))).toEqual({ precision: 1, recall: 1 })
    expect(MATCH_SIMILARITY).toBe(0.55)
  })

  it('matches the same figures and actors said with other verbs, and not other figures', () => {
    const library = new ClaimIndex()
    library.add(
      { documentId: 'fact-checks', claimId: 'f1' },
      'The navy fired 2,481 shells and rockets at the coast during 2019, about 7 a day.'
    )
    library.add(
      { documentId: 'fact-checks', claimId: 'f2' },
      'The navy fired 1,902 shells at the coast during 2019.'
    )
    const article =
      'Under admiral Rui Costa, the navy launched 2,481 shells and rockets at the coast in 2019, averaging 7 per day.'
    expect(library.find(article).map((match) => match.claimId)).toEqual(['f1'])
    expect(library.rank(article, 2).map((match) => [match.claimId, match.sameFacts])).toEqual([
      ['f1', true],
      ['f2', false]
    ])
  })

  it('keeps every near-miss out in a second set written afterwards, and finds 11 of its 12 paraphrases', () => {
    // The one missed says "Spanish" for "Spain": names are matched as written.
    expect(precisionAndRecall(pairsIn('claim-pairs-library.json'))).toEqual({ precision: 1, recall: 11 / 12 })
  })

  it('ranks a claim that says the sentence’s words more often above one that says them once', () => {
    const pool = new ClaimIndex()
    // The same length, the same words: one repeats the rare phrase in its title, as fact-checks do.
    pool.add(
      { documentId: 'pool', claimId: 'once' },
      'Ruiz began with a harbour tour. Ruiz praised the docks'
    )
    pool.add(
      { documentId: 'pool', claimId: 'twice' },
      'Ruiz began with a harbour tour. Ruiz defends her harbour tour again today'
    )
    const ranked = pool.rank('The mayor began her term with what critics call a harbour tour.', 2)
    expect(ranked.map((match) => match.claimId)).toEqual(['twice', 'once'])
  })

  it('ranks a short claim above a long one that shares the same words with the sentence', () => {
    const pool = new ClaimIndex()
    pool.add(
      { documentId: 'pool', claimId: 'long' },
      'The ferry fares went up again this spring, riders on the northern routes say, while the company blames fuel, wages, insurance and the new terminal.'
    )
    pool.add({ documentId: 'pool', claimId: 'short' }, 'Ferry fares went up this spring.')
    expect(pool.rank('Ferry fares went up this spring, she said.', 2).map((match) => match.claimId)).toEqual([
      'short',
      'long'
    ])
  })

  it('ranks a claim holding the sentence’s words side by side above one holding them apart', () => {
    const pool = new ClaimIndex()
    pool.add(
      { documentId: 'pool', claimId: 'apart' },
      'The council wants its borders safe and its budget open to all.'
    )
    pool.add(
      { documentId: 'pool', claimId: 'together' },
      'The council wants open borders and a safe budget for all.'
    )
    expect(
      pool.rank('My opponent on the council wants open borders.', 2).map((match) => match.claimId)
    ).toEqual(['together', 'apart'])
  })

  it('ranks the same after claims are removed from the middle of its postings as an index built afresh', () => {
    const texts = [
      'Ferry fares rose 12% in 2024, the harbour board said, and fares rose again in spring.',
      'The harbour board opened a new ferry route to Lisbon.',
      'Ferry crews walked out twice over pay, the union said.',
      'Fares on the night ferry doubled since 2020.'
    ]
    const churned = new ClaimIndex()
    for (let document = 0; document < 12; document++)
      texts.forEach((text, claim) => churned.add({ documentId: `d${document}`, claimId: `c${claim}` }, text))
    for (let document = 0; document < 12; document += 2)
      churned.remove({ documentId: `d${document}`, claimId: 'c0' })
    churned.add({ documentId: 'd1', claimId: 'c3' }, 'A new ferry timetable starts in May.')
    const fresh = new ClaimIndex()
    for (let document = 0; document < 12; document++) {
      texts.forEach((text, claim) => {
        if (claim === 0 && document % 2 === 0) return
        const replaced = document === 1 && claim === 3
        fresh.add(
          { documentId: `d${document}`, claimId: `c${claim}` },
          replaced ? 'A new ferry timetable starts in May.' : text
        )
      })
    }
    const scores = (index: ClaimIndex) =>
      Object.fromEntries(
        index
          .rank('Ferry fares rose again this spring.', 100)
          .map((match) => [`${match.documentId} ${match.claimId}`, match.similarity])
      )
    expect(Object.keys(scores(fresh))).toHaveLength(12 * 4 - 6)
    expect(scores(churned)).toEqual(scores(fresh))
  })

  it('leaves out the document being read, and forgets removed or replaced claims', () => {
    const library = new ClaimIndex()
    const text = 'The port handled 4,210 ships in 2022, a record for Rotterdam.'
    library.add({ documentId: 'd1', claimId: 'c1' }, text)
    library.add({ documentId: 'd2', claimId: 'c7' }, 'In 2022 Rotterdam’s port handled a record 4,210 ships.')
    expect(library.find(text, { excludeDocument: 'd1' }).map((match) => match.claimId)).toEqual(['c7'])
    library.remove({ documentId: 'd2', claimId: 'c7' })
    expect(library.find(text, { excludeDocument: 'd1' })).toEqual([])
    library.add({ documentId: 'd1', claimId: 'c1' }, 'Something else entirely.')
    expect(library.size).toBe(1)
    expect(library.find(text)).toEqual([])
  })

  it('reads only the claims whose figures could be the query’s, however many share a common year', () => {
    const library = new ClaimIndex()
    const towns = ['Leeds', 'Hull', 'York', 'Bath', 'Ely']
    for (let claim = 0; claim < 3000; claim++) {
      const town = towns[claim % towns.length]
      library.add(
        { documentId: `d${claim % 300}`, claimId: `c${claim}` },
        `${town} council approved ${claim * 7 + 3100} new homes in 2023.`
      )
    }
    // The same figures in other words; only the year (a subset of the query's figures); more figures.
    library.add(
      { documentId: 'same', claimId: 'c1' },
      'In 2023 the council of Leeds approved 5,555 new homes.'
    )
    library.add({ documentId: 'year-only', claimId: 'c1' }, 'Leeds council approved new homes in 2023.')
    library.add(
      { documentId: 'more', claimId: 'c1' },
      'Leeds council approved 5,555 new homes in 2023, up 12%.'
    )
    const found = library.find('Leeds council approved 5,555 new homes in 2023.', { limit: 10 })
    expect(found.map((match) => match.documentId).sort()).toEqual(['more', 'same', 'year-only'])
    // 3,003 claims state 2023; a lookup reads those stating 5,555 and those stating only 2023.
    expect(library.lastCandidates).toBeLessThanOrEqual(3)
  })

  it('keeps its postings right through removals from the middle: every claim left is found by its words, none removed is', () => {
    // The same three claims in 40 documents: each word's posting holds 40+ claims, and removing
    // one from the middle moves another into its place.
    const texts = [
      'The port handled 4,210 ships in 2022, a record for Rotterdam.',
      'Mayor Ana Ruiz opened the new harbour bridge in Lisbon.',
      'Most harbour workers walk to work along the river.'
    ]
    const library = new ClaimIndex()
    for (let document = 0; document < 40; document++)
      texts.forEach((text, claim) => library.add({ documentId: `d${document}`, claimId: `c${claim}` }, text))
    const removed = new Set<string>()
    for (let document = 0; document < 40; document += 3) {
      for (let claim = 0; claim < 3; claim++) {
        library.remove({ documentId: `d${document}`, claimId: `c${claim}` })
        removed.add(`d${document} c${claim}`)
      }
    }
    // A replaced claim takes a freed slot and must not inherit the postings of its former owner.
    library.add({ documentId: 'd0', claimId: 'c0' }, 'Something else entirely.')
    expect(library.size).toBe(120 - 42 + 1)
    texts.forEach((text, claim) => {
      const found = library
        .find(text, { limit: 1000 })
        .filter((match) => match.claimId === `c${claim}`)
        .map((match) => `${match.documentId} ${match.claimId}`)
        .sort()
      const kept = Array.from({ length: 40 }, (_, document) => `d${document} c${claim}`)
        .filter((ref) => !removed.has(ref))
        .sort()
      expect(found).toEqual(kept)
    })
    expect(library.find('Something else entirely.', { limit: 1000 })).toEqual([
      { documentId: 'd0', claimId: 'c0', similarity: 1 }
    ])
  })
})
