/**
 * The claims engine's public API: split paragraphs into claims, analyse claims (kinds, numbers,
 * quotation, check-worthiness) and check the article's arithmetic. All pure and linear.
 *
 * Two entries: this one (the vocabulary, light enough for the UI's first chunk) and `./analyze`
 * (the analysis itself, with the check-worthiness model, which the UI loads lazily). Code outside
 * this folder imports one of the two, never another file (`.dependency-cruiser.mjs`).
 */
export type { ArticleAnalysis, ClaimAnalysis, ClaimContext } from './analyze'
export { claimKinds } from './kinds'
export type { ClaimKind } from './kinds'
export type { NumberCheck } from './number-checks'
export type { ParsedNumber } from './numbers'
export { findPeople } from './people'
export type { People } from './people'
export type { Quote, SpeakerCertainty } from './quotes'
export { splitClaims } from './split-claims'
export { CHECK_WORTHY_SCORE, checkWorthinessOf, isCheckWorthy, quotesBySpeaker } from './check-worthy'
export type { CheckWorthiness, SpeakerQuotes } from './check-worthy'
export type { QuotedTerm, QuotedTermKind } from './quoted-terms'
export type { Verdict } from './verdict'
export { ClaimIndex, MATCH_SIMILARITY, claimSignature } from './similar-claims-index'
export type { ClaimMatch, ClaimRef, ClaimSignature } from './similar-claims-index'
