/**
 * The ∑ chips beside a claim are not Tab stops (Tab goes from the article straight to the panel, as
 * the README promises); the arrow keys reach them instead: → from a claim to its first chip, → and
 * ← between chips, ← or Escape from the first chip back to the claim. They sit right after their
 * claim in the DOM (ReadingBlock), so the way there is a sibling step, no lookup.
 */
import type { KeyboardEvent } from 'react'

/** The chips drawn right after this claim, if any. */
function chipsAfter(claim: HTMLElement): HTMLElement[] {
  const next = claim.nextElementSibling
  if (!(next instanceof HTMLElement) || !next.classList.contains('claim-checks')) return []
  return Array.from(next.querySelectorAll<HTMLElement>('.check-chip'))
}

/** On a claim: → goes to its first chip. Answers whether it moved. */
export function claimArrowKey(event: KeyboardEvent<HTMLElement>): boolean {
  if (event.key !== 'ArrowRight') return false
  const first = chipsAfter(event.currentTarget)[0]
  if (!first) return false
  event.preventDefault()
  first.focus()
  return true
}

/** On a chip: → and ← step among its claim's chips; ← from the first, or Escape, go back to the claim. */
export function chipArrowKey(event: KeyboardEvent<HTMLElement>): void {
  const chip = event.currentTarget
  const group = chip.closest('.claim-checks')
  const claim = group?.previousElementSibling
  if (!(group instanceof HTMLElement) || !(claim instanceof HTMLElement)) return
  const chips = Array.from(group.querySelectorAll<HTMLElement>('.check-chip'))
  const index = chips.indexOf(chip)
  const target =
    event.key === 'ArrowRight'
      ? chips[index + 1]
      : event.key === 'ArrowLeft'
        ? (chips[index - 1] ?? claim)
        : event.key === 'Escape'
          ? claim
          : undefined
  if (!target) return
  event.preventDefault()
  // Escape back to the claim is all Escape does here, not also the workspace's "close what is open".
  event.stopPropagation()
  target.focus()
}
