/**
 * The desktop app's menu commands, for the component that owns the matching button or key: the
 * menu runs the very handler the window runs. In the browser host there is no menu; nothing happens.
 */
import { useEffect, useRef } from 'react'
import type { MenuCommand } from '../../../shared/menu-commands'

export function useMenuCommand(handle: (command: MenuCommand) => void): void {
  const latest = useRef(handle)
  useEffect(() => {
    latest.current = handle
  })
  useEffect(() => window.claimcheckMenu?.onCommand((command) => latest.current(command)), [])
}
