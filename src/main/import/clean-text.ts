/** The tidy-up every piece of text read from a page gets: runs of whitespace become one space. */
export function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim()
  return text ? text : undefined
}
