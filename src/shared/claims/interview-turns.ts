/**
 * Interviews and transcripts, where a paragraph's label says who speaks instead of quotation
 * marks: "Q: … / A: …", or a speaker's name in capitals, "ASHWORTH: Not at this price." Each
 * sentence of an answer is a statement by the person answering.
 */
import { mayBeName, personName, type People } from './people'

export type InterviewTurn =
  /** A question: the interviewer's, never a quotation to check. */
  | { kind: 'question' }
  /** An answer after "A:": the interviewee's, who is named before the questions start. */
  | { kind: 'answer' }
  /** A turn labelled with its speaker's name. */
  | { kind: 'named'; label: string }

const questionLabel = /^\s*Q\s*[:.]\s/
const answerLabel = /^\s*A\s*[:.]\s/
/** "ASHWORTH:" or "LENA ASHWORTH:", at most three words in capitals, then a colon. */
const nameLabel = /^\s*(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}):\s/u
/** Capitalised labels that head a paragraph without naming anyone: "UPDATE:", "NOTE:". */
const notSpeakers = new Set(['UPDATE', 'NOTE', 'CORRECTION', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'WARNING'])

/** The turn a paragraph is, from its label, or null for ordinary prose. */
export function interviewTurn(paragraph: string): InterviewTurn | null {
  if (questionLabel.test(paragraph)) return { kind: 'question' }
  if (answerLabel.test(paragraph)) return { kind: 'answer' }
  const named = nameLabel.exec(paragraph)?.[1]
  if (named && !notSpeakers.has(named)) return { kind: 'named', label: named }
  return null
}

/** The label's speaker in full: "ASHWORTH" → "Lena Ashworth" when the article names her. */
export function labelledSpeaker(label: string, people: People): string | null {
  const words = label.split(' ').map((word) => word.charAt(0) + word.slice(1).toLowerCase())
  const last = words.at(-1) ?? ''
  const known = people.fullNames.get(last) ?? personName(words, people)
  // The label itself names the speaker even when the prose never does: "OKAFOR:" → Okafor.
  return known ?? (words.every(mayBeName) ? words.join(' ') : null)
}

/** The statement a sentence of a turn makes, without its "A:" or "NAME:" label. */
export function turnStatement(sentence: string): string {
  return sentence.replace(answerLabel, '').replace(nameLabel, '').trim()
}
