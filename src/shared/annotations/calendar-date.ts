/** Calendar days as the reviewer means them (YYYY-MM-DD, local time): a source's accessed date. */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real day written YYYY-MM-DD: `2026-02-30` is not one. */
export function isCalendarDate(value: string): boolean {
  const match = DAY.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** The local calendar day of `at`, YYYY-MM-DD: what a date field shows for "today". */
export function calendarDate(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}
