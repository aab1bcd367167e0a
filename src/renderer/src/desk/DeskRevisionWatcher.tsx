/**
 * Tells the shell when the desk's replica changed (its revision moved): documents shared by others
 * and new assignments then show in the library without a restart.
 */
import { useEffect, useRef } from 'react'
import { useDesk } from './desk-context'

export function DeskRevisionWatcher({ onChange }: { onChange: () => void }) {
  const { status } = useDesk()
  const revision = status.connected ? status.revision : null
  const seen = useRef<number | null>(null)
  useEffect(() => {
    if (revision === null || revision === seen.current) return
    seen.current = revision
    onChange()
  }, [revision, onChange])
  return null
}
