/** Dates in the library and the trash, in the reader's own locale ("Mar 4, 2026"). */
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

export const formatDate = (iso: string): string => dateFormat.format(new Date(iso))
