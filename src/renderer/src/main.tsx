import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { DeskProvider } from './desk/desk-context'
import './styles/palette.css'
import './styles/base.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
createRoot(root).render(
  <StrictMode>
    <DeskProvider>
      <App />
    </DeskProvider>
  </StrictMode>
)
