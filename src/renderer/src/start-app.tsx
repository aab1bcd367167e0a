/**
 * Starts the app: asks for the start-up answers at once, then renders. Loaded by main.tsx, after
 * the host's first screen (if any) has been painted.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { DeskProvider } from './desk/desk-context'
import { startupAnswers } from './app/startup-request'
import { pageHost } from './services/page-host'
import { ServiceProvider } from './services/service-context'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
const host = pageHost()
void startupAnswers(host.api)
createRoot(root).render(
  <StrictMode>
    <ServiceProvider host={host}>
      <DeskProvider>
        <App />
      </DeskProvider>
    </ServiceProvider>
  </StrictMode>
)
