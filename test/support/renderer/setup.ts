/**
 * Set-up for the component tests: each test starts from an empty page, and jsdom gets the few
 * browser pieces it lacks that components call (dialogs, scrolling, animation frames, layout sizes).
 */
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'
// jsdom has no CSS.escape; components use it to find fields by their generated ids.
import 'css.escape'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

// jsdom has <dialog> but not its modal methods.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
}
Element.prototype.scrollIntoView ??= function scrollIntoView() {}
Element.prototype.scrollTo ??= function scrollTo() {}

// jsdom has no idle callbacks; the workspace prepares its claim index in one.
globalThis.requestIdleCallback ??= (callback) =>
  window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 0 }), 0)
globalThis.cancelIdleCallback ??= (handle) => window.clearTimeout(handle)

// Nothing is laid out in jsdom, so no size ever changes: an observer that never reports is exact.
globalThis.ResizeObserver ??= class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
