/** One item of a menu button's list (the Export and Import menus): it closes the menu, then does what it names. */
import type { ReactNode } from 'react'

interface MenuItemProps {
  /** The menu's `close` (use-popover): focus goes back to the menu's button. */
  close: () => void
  onChoose: () => void
  children: ReactNode
}

export function MenuItem({ close, onChoose, children }: MenuItemProps) {
  return (
    <button
      type="button"
      role="menuitem"
      className="menu-item"
      onClick={() => {
        close()
        onChoose()
      }}
    >
      {children}
    </button>
  )
}
