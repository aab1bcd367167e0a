/** The desk's view types (desk-types.ts), for the view logic beside this file. */
export type {
  DeskAssignment,
  DeskClaimState,
  DeskDocumentView,
  DeskEvent,
  DeskMember,
  DeskRefusal,
  DeskRole,
  DeskStatus,
  DeskSyncState,
  MemberVerdict
} from '../desk-types'
