/**
 * Text made safe to put in HTML, as text or as a quoted attribute value. Articles are hostile input:
 * every string from a document goes through here before it is written into a page. The five
 * characters are escaped as React escapes them, so markup written here reads exactly like React's.
 */
const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;'
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character)
}

/** ` name="value"`, escaped; nothing for an absent value. */
export function attribute(name: string, value: string | number | undefined): string {
  return value === undefined ? '' : ` ${name}="${escapeHtml(String(value))}"`
}
