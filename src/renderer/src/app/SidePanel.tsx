/**
 * The side panel's tabs: the selected claim, the article's claims by kind, its quotes by speaker,
 * and its number checks. ARIA tabs: arrow keys move between them, Home/End jump to the ends.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import '../claims/insights.css'

export type SideTab = 'claim' | 'claims' | 'quotes' | 'checks'

export interface SidePanelTab {
  id: SideTab
  label: string
  content: ReactNode
}

interface SidePanelProps {
  tabs: SidePanelTab[]
  active: SideTab
  onActivate: (tab: SideTab) => void
}

export function SidePanel({ tabs, active, onActivate }: SidePanelProps) {
  const baseId = useId()
  const tabList = useRef<HTMLDivElement>(null)

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === active)
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : null
    if (next === null) return
    event.preventDefault()
    const tab = tabs[next]
    if (!tab) return
    onActivate(tab.id)
    tabList.current?.querySelector<HTMLElement>(`#${CSS.escape(`${baseId}-tab-${tab.id}`)}`)?.focus()
  }

  return (
    <div className="side-panel">
      <div ref={tabList} className="side-tabs" role="tablist" aria-label="Side panel" onKeyDown={moveFocus}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`${baseId}-tab-${tab.id}`}
            type="button"
            role="tab"
            className="side-tab"
            aria-selected={tab.id === active}
            aria-controls={`${baseId}-panel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => onActivate(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          id={`${baseId}-panel-${tab.id}`}
          role="tabpanel"
          className="side-tabpanel"
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          hidden={tab.id !== active}
        >
          {tab.id === active && tab.content}
        </div>
      ))}
    </div>
  )
}
