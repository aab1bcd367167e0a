/** The desk's API inputs as the contract validates them. */
import { z } from 'zod'
import { DocumentId, ClaimId } from '../ids'
import { verdicts } from '../status'
import { checkDeskUrl } from './desk-url'
import { deskClaimFilters } from './desk-types'

/**
 * CouchDB user names on the desk: they go into record ids (`review:<doc>:<name>`), so no colon,
 * and CouchDB reserves names starting with an underscore.
 */
export const DeskMemberName = z
  .string()
  .trim()
  .min(1, 'Enter your name on the desk.')
  .max(64, 'A desk name is at most 64 characters.')
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._@-]*$/,
    'A desk name is letters, digits, dots, dashes, @ or underscores (not first), with no spaces.'
  )

export const DeskUrl = z
  .string()
  .trim()
  .min(1, 'Enter the desk address.')
  .max(2048)
  .superRefine((value, context) => {
    const checked = checkDeskUrl(value)
    if (!checked.ok) context.addIssue({ code: 'custom', message: checked.message })
  })

export const ConnectDeskInput = z
  .object({
    url: DeskUrl,
    name: DeskMemberName,
    password: z.string().min(1, 'Enter your password.').max(1024)
  })
  .strict()

export const DeskVerdict = z.enum(verdicts)
export const DeskClaimFilterSchema = z.enum(deskClaimFilters)

export const SignOffInput = z
  .object({
    documentId: DocumentId,
    claimId: ClaimId,
    verdict: DeskVerdict,
    reason: z.string().trim().min(1, 'Write a short reason for the sign-off.').max(2000)
  })
  .strict()

export const AssignInput = z.object({ documentId: DocumentId, assignee: DeskMemberName }).strict()
