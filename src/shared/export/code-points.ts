/**
 * W3C TextPositionSelector counts Unicode code points; JavaScript strings (and Claimcheck's
 * offsets) count UTF-16 code units. The two differ after any character outside the Basic
 * Multilingual Plane (most emoji), so positions are converted at the boundary.
 */

/** Maps UTF-16 offsets into `text` to code-point offsets, and back. */
export function codePointOffsets(text: string): {
  toCodePoints: (offset: number) => number
  toUtf16: (codePoints: number) => number
} {
  // Offsets (UTF-16) at which a surrogate pair starts: usually none, and then both maps are identity.
  const pairs: number[] = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs.push(index)
        index++
      }
    }
  }
  const pairsBefore = (offset: number): number => {
    let low = 0
    let high = pairs.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((pairs[middle] ?? Infinity) + 1 < offset) low = middle + 1
      else high = middle
    }
    return low
  }
  return {
    toCodePoints: (offset) => offset - pairsBefore(offset),
    toUtf16: (codePoints) => {
      let offset = codePoints
      // Each pair before the position adds one code unit; walk until stable (pairs are sorted).
      for (const pair of pairs) {
        if (pair < offset) offset++
        else break
      }
      return offset
    }
  }
}
