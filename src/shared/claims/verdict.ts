/**
 * Comparing a figure the article states with the one its own numbers give. A stated figure is
 * read at its own precision: "38" agrees with 37.97, "300%" does not agree with 313.2% but is
 * within the tolerance of an approximation.
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

export function judge(computed: number, stated: number, statedText: string): Judgement {
  const decimals = /\.(\d+)/.exec(statedText)?.[1]?.length ?? 0
  if (Number(computed.toFixed(decimals)) === stated)
    return { verdict: 'consistent', note: 'matches as stated' }
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
