/** Ids for sources and highlights, made where the change is made so main and screen agree. */
export function newId(prefix: 's' | 'h'): string {
  return `${prefix}-${crypto.randomUUID()}`
}
