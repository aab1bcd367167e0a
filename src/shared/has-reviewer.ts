/** Whether a reviewer is named at all (kept apart from reviewer.ts, whose schema the page need not build). */
export const hasReviewer = (reviewer: { name: string; organisation: string }): boolean =>
  Boolean(reviewer.name || reviewer.organisation)
