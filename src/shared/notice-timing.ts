/**
 * Which notices leave on their own, and when: news (an import, a download) fades out after a while
 * unless the reader is on it; warnings and errors stay until dismissed.
 */
import type { Notice } from './model'

/** From a piece of news appearing to its being gone (the fade is the last part of it). */
export const NOTICE_LINGER_MS = 8000
export const NOTICE_FADE_MS = 400

export const leavesOnItsOwn = (notice: Pick<Notice, 'level'>): boolean => notice.level === 'info'
