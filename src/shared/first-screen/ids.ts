/** The id of the first screen's element in the page (kept apart so the renderer bundle stays small). */
export const FIRST_SCREEN_ID = 'first-screen'
