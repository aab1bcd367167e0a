/**
 * Inline lists: "1.) The first item 2.) The second item" or "• 9. First • 10. Second". Items often
 * lack a full stop, so no sentence rule can find the break; the markers themselves must. Only a
 * paragraph that starts with a marker is treated as a list, and numbered or lettered markers must
 * follow in sequence, so prose that merely contains "2." is left alone.
 */
import type { Span } from './span'

const bullet = /^[•⁃◦▪‣]/
const numbered = /^(\d{1,3})(\.\)|\)|\.)\s/
const lettered = /^([a-z])(\.|\))\s/

/** Returns the item spans of `text[from, to)`, or a single span when it is not a list. */
export function splitListItems(text: string, from: number, to: number): Span[] {
  let start = from
  while (start < to && /\s/.test(text[start] ?? '')) start++
  const head = text.slice(start, Math.min(to, start + 8))
  const starts = bullet.test(head) ? bulletStarts(text, start, to) : sequenceStarts(text, start, to, head)
  if (starts.length < 2) return [{ start: from, end: to }]
  return starts.map((itemStart, index) => ({ start: itemStart, end: starts[index + 1] ?? to }))
}

function bulletStarts(text: string, start: number, to: number): number[] {
  const mark = text[start] ?? ''
  const starts = [start]
  for (let index = text.indexOf(mark, start + 1); index >= 0 && index < to;) {
    if (/\s/.test(text[index - 1] ?? '')) starts.push(index)
    index = text.indexOf(mark, index + 1)
  }
  return starts
}

function sequenceStarts(text: string, start: number, to: number, head: string): number[] {
  const number = numbered.exec(head)
  const letter = number ? null : lettered.exec(head)
  if (!number && !(letter && letter[1] === 'a')) return []
  const style = (number ?? letter)?.[2] ?? ''
  const starts = [start]
  let ordinal = number ? Number(number[1]) : 0
  for (let from = start; ;) {
    ordinal++
    const marker = (number ? String(ordinal) : String.fromCharCode(97 + ordinal)) + style
    const found = findMarker(text, marker, from + 1, to)
    if (found < 0) return starts
    starts.push(found)
    from = found
  }
}

/** The next `marker` preceded by whitespace and followed by a space, or -1. */
function findMarker(text: string, marker: string, from: number, to: number): number {
  for (let index = text.indexOf(marker, from); index >= 0 && index < to;) {
    const before = text[index - 1] ?? ''
    const after = text[index + marker.length] ?? ''
    if (/\s/.test(before) && after === ' ') return index
    index = text.indexOf(marker, index + 1)
  }
  return -1
}
