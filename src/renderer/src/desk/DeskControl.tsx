/**
 * The header's Desk control. Not connected: a Desk button that opens the connect dialog. Connected:
 * who you are (name, role) and the sync state in words — Synced, N waiting, Offline, Refused — on a
 * button whose box tells more: the desk's address, when it last synced, each refused change with
 * the server's reason, the members, and Disconnect (which keeps everything on this computer).
 */
import { useState } from 'react'
import { refusedRecordKind, syncWords } from '../../../shared/desk/view/desk-words'
import { usePopover } from '../components/use-popover'
import { DeskConnectDialog } from './DeskConnectDialog'
import { useDesk, type ConnectedDesk } from './desk-context'
import { whenText } from './desk-time'
import '../styles/desk.css'

interface DeskControlProps {
  onMessage: (message: string, level: 'info' | 'error') => void
}

function DeskDetails({ me, onDisconnect }: { me: ConnectedDesk; onDisconnect: () => void }) {
  const words = syncWords(me)
  return (
    <>
      <p className="desk-box-line">
        <strong>{me.name}</strong>, {me.role} on <span className="desk-url">{me.url}</span>
      </p>
      <p className="desk-box-line">
        <span className={`desk-sync desk-sync--${me.state}`}>{words.label}</span> {words.detail}
      </p>
      <p className="desk-box-line desk-box-soft">
        {me.lastSyncedAt ? `Last synced ${whenText(me.lastSyncedAt)}.` : 'Not synced yet.'}
      </p>
      {me.refused.length > 0 && (
        <section aria-label="Refused changes">
          <h3 className="desk-box-heading">Refused by the desk</h3>
          <ul className="desk-refused">
            {me.refused.map((refusal) => (
              <li key={`${refusal.recordId}-${refusal.at}`}>
                <span className="desk-refused-reason">{refusal.reason}</span>
                <span className="desk-box-soft">
                  {' '}
                  ({[refusedRecordKind(refusal.recordId), whenText(refusal.at)].filter(Boolean).join(', ')};
                  kept on this computer)
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {me.members.length > 0 && (
        <section aria-label="Members">
          <h3 className="desk-box-heading">Members</h3>
          <ul className="desk-members">
            {me.members.map((member) => (
              <li key={member.name}>
                {member.name} <span className="desk-box-soft">{member.role}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onDisconnect}>
          Disconnect
        </button>
      </div>
    </>
  )
}

export function DeskControl({ onMessage }: DeskControlProps) {
  const desk = useDesk()
  const popover = usePopover('button')
  const [connecting, setConnecting] = useState(false)
  const { me } = desk

  if (!me) {
    return (
      <>
        <button type="button" className="button desk-button" onClick={() => setConnecting(true)}>
          Desk
        </button>
        {connecting && (
          <DeskConnectDialog
            onClose={() => setConnecting(false)}
            onConnected={() => {
              setConnecting(false)
              onMessage('Connected to the desk. Share a document with it to review it together.', 'info')
            }}
          />
        )}
      </>
    )
  }
  const words = syncWords(me)
  return (
    <div className="menu desk-control">
      <button
        type="button"
        className="button desk-button"
        aria-haspopup="dialog"
        title={words.detail}
        {...popover.buttonProps}
      >
        <span className="visually-hidden">Desk:</span> <span className="desk-who">{me.name}</span>{' '}
        <span className="desk-role">{me.role}</span>{' '}
        <span className={`desk-sync desk-sync--${me.state}`} data-testid="desk-sync">
          {words.label}
        </span>
      </button>
      {popover.open && (
        <div className="menu-list desk-box" role="dialog" aria-label="Desk" {...popover.boxProps}>
          <DeskDetails
            me={me}
            onDisconnect={() => {
              popover.close()
              void desk.disconnect().then((result) => {
                if (!result.ok) onMessage(result.error.message, 'error')
                else onMessage('Disconnected from the desk. Its documents stay in your library.', 'info')
              })
            }}
          />
        </div>
      )}
    </div>
  )
}
