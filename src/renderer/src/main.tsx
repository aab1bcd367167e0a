/**
 * The page's entry. Its style sheets are all here, in the order the app's modules used to bring
 * them, so the page is styled before any script runs: the host's first screen (the article's
 * opening, static HTML) paints like a static page. The app itself (React and every view, some
 * 400 kB of script) is fetched and evaluated only after that paint: preloading it put its
 * compilation before the first paint (the page's profile), some 100 ms later under load.
 */
import './styles/print.css'
import './claims/insights.css'
import './styles/findings.css'
import './styles/reading.css'
import './styles/workspace.css'
import './styles/panel.css'
import './styles/desk.css'
import './styles/export.css'
import './styles/library.css'
import './styles/palette.css'
import './styles/base.css'
import './styles/first-screen.css'
import { FIRST_SCREEN_ID } from '../../shared/first-screen/ids'

const startApp = (): void => {
  void import('./start-app')
}

// A frame callback runs just before the browser paints; a task queued from it runs after.
if (document.getElementById(FIRST_SCREEN_ID)) requestAnimationFrame(() => setTimeout(startApp, 0))
else startApp()
