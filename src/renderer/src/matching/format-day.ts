/** A feed's date as a day in the reader's locale; a date that does not parse is shown as given. */
export function formatDay(value: string | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(undefined, { dateStyle: 'medium' })
}
