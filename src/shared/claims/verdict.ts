/**
 * Comparing a figure the article states with the one its own numbers give. A stated figure is
 * read at its own precision: "38" agrees with 37.97, "300%" does not agree with 313.2% but is
 * within the tolerance of an approximation. A hedge sets the tolerance: "about", "roughly",
 * "around" allow 10% either way; "nearly" and "almost" up to 10% below and a rounding above;
 * "more than" / "over" / "at least" any figure above, "less than" / "under" / "at most" any below.
 */
export type Verdict = 'consistent' | 'approximately' | 'inconsistent'

/** Relative difference allowed for `approximately`. */
export const APPROXIMATION_TOLERANCE = 0.05

export interface Judgement {
  verdict: Verdict
  tolerance?: number
  /** How the verdict reads at the end of the working, e.g. "≈ 38 ✓". */
  note: string
}

/** Relative difference a hedged figure allows ("about 4,000"). */
export const HEDGE_TOLERANCE = 0.1

type Hedge = 'about' | 'nearly' | 'above' | 'below'

const hedges: [RegExp, Hedge][] = [
  [/^(?:about|around|roughly|approximately|some|an estimated|close to|~)\s/i, 'about'],
  [/^(?:nearly|almost|just under|just shy of)\s/i, 'nearly'],
  [/^(?:more than|over|at least|upwards of|above)\s/i, 'above'],
  [/^(?:less than|under|at most|up to|fewer than|below)\s/i, 'below']
]

/** The hedge a stated figure opens with, if any. */
export function hedgeOf(statedText: string): Hedge | null {
  return hedges.find(([pattern]) => pattern.test(statedText.trim()))?.[1] ?? null
}

export function judge(computed: number, stated: number, statedText: string): Judgement {
  const decimals = /\.(\d+)/.exec(statedText)?.[1]?.length ?? 0
  if (Number(computed.toFixed(decimals)) === stated)
    return { verdict: 'consistent', note: 'matches as stated' }
  const hedge = hedgeOf(statedText)
  const word = statedText.trim().split(/\s+(?=[\d$€£])/)[0] ?? ''
  if (hedge === 'above' || hedge === 'below') {
    // Signed: "more than 300" is −300 when the change is a fall.
    const holds =
      hedge === 'above' ? Math.abs(computed) > Math.abs(stated) : Math.abs(computed) < Math.abs(stated)
    const sameSign = Math.sign(computed) === Math.sign(stated) || stated === 0
    return holds && sameSign
      ? {
          verdict: 'consistent',
          note: `${formatNumber(computed)} is ${word.toLowerCase()} ${formatNumber(Math.abs(stated))}`
        }
      : {
          verdict: 'inconsistent',
          note: `${formatNumber(computed)} is not ${word.toLowerCase()} ${formatNumber(Math.abs(stated))}`
        }
  }
  if (hedge) {
    const difference = Math.abs(computed - stated) / Math.abs(computed)
    // "nearly 4,000": at most 4,000, give or take the rounding of its last digit.
    const side = hedge !== 'nearly' || Math.abs(computed) <= Math.abs(stated) * 1.005
    const note = `off by ${percent(difference)}, within the ${percent(HEDGE_TOLERANCE)} "${word.toLowerCase()}" allows`
    if (difference <= HEDGE_TOLERANCE && side)
      return { verdict: 'approximately', tolerance: HEDGE_TOLERANCE, note }
    return {
      verdict: 'inconsistent',
      note: `off by ${percent(difference)}, more than "${word.toLowerCase()}" allows`
    }
  }
  const difference = Math.abs(computed - stated) / Math.abs(computed)
  if (difference <= APPROXIMATION_TOLERANCE) {
    return {
      verdict: 'approximately',
      tolerance: APPROXIMATION_TOLERANCE,
      note: `off by ${percent(difference)}, within the ${percent(APPROXIMATION_TOLERANCE)} tolerance`
    }
  }
  return { verdict: 'inconsistent', note: `off by ${percent(difference)}` }
}

/** 13897 → "13,897"; 37.9699 → "37.97". */
export function formatNumber(value: number, decimals = 2): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: decimals })
}

function percent(ratio: number): string {
  return `${formatNumber(ratio * 100, 1)}%`
}
