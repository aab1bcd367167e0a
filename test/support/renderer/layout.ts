/**
 * jsdom lays nothing out: every element is 0 px high, so a virtualized list shows no rows. A test
 * gives the scrolling box of such a list a height, as a window would.
 */
import { vi } from 'vitest'

export function giveHeight(className: string, height: number): void {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains(className) ? height : 0
  })
}
