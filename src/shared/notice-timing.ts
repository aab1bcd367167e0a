/**
 * Which notices leave on their own, and when: news (an import, a download) goes after a while
 * unless the reader is on it; warnings and errors stay until dismissed.
 */
import type { Notice } from './model'

export const NOTICE_LINGER_MS = 8000

export const leavesOnItsOwn = (notice: Pick<Notice, 'level'>): boolean => notice.level === 'info'
