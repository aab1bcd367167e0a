/**
 * Steps the large-document benches run inside the page (`page.evaluate`), so the bench and its
 * profiling twin time the same thing. They run in the page, not in Node: no named helpers inside
 * them, which tsx would wrap in a __name() the page lacks.
 */

/** Tags a claim Verified; the time until its mark shows and until "All changes saved". */
export const tagVerifiedInPage = async (claimId: string): Promise<{ shownMs: number; savedMs: number }> => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Verified'))
  const target = document.querySelector(`[data-claim-id="${claimId}"]`)
  const started = performance.now()
  button?.click()
  while (!target?.classList.contains('claim--verified')) {
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
  const shownMs = performance.now() - started
  while (!document.querySelector('.save-state--saved')) {
    await new Promise((resolve) => requestAnimationFrame(resolve))
  }
  return { shownMs, savedMs: performance.now() - started }
}

/** Scrolls the reading pane a viewport a frame for 60 frames; the frames' durations, sorted. */
export const scrollFramesInPage = async (): Promise<number[]> => {
  const pane = document.querySelector('.reading-pane') as HTMLElement
  const frames: number[] = []
  let last = performance.now()
  for (let step = 0; step < 60; step++) {
    pane.scrollTop += pane.clientHeight
    await new Promise((resolve) => requestAnimationFrame(resolve))
    const now = performance.now()
    frames.push(now - last)
    last = now
  }
  return frames.sort((a, b) => a - b)
}
