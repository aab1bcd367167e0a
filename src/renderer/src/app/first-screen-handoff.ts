/**
 * The hand-over from the first screen (static HTML the host put in the page, shared/first-screen)
 * to the app: the app draws beneath it, and once it shows what the first screen showed (or anything
 * else: an error, an empty library, another view) the first screen goes, in the same frame.
 */
import { FIRST_SCREEN_ID } from '../../../shared/first-screen/ids'

export function removeFirstScreen(page: Document = document): void {
  page.getElementById(FIRST_SCREEN_ID)?.remove()
}
