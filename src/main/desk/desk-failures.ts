/** What the engine tells a person when the desk fails: an API failure for the renderer, a warning line for the log. */
import { ApiFailure } from '../../shared/result'
import { DeskBadAnswer, DeskNotAllowed, DeskOffline } from './desk-client'

export function toApiFailure(error: unknown): ApiFailure {
  if (error instanceof DeskNotAllowed) return new ApiFailure('unauthorized', error.message)
  if (error instanceof DeskBadAnswer)
    return new ApiFailure('network', `${error.message} Is this the address of a CouchDB database?`)
  if (error instanceof DeskOffline)
    return new ApiFailure(
      'network',
      'Could not reach the desk. Check the address and your connection, then try again.'
    )
  return new ApiFailure('internal', 'Connecting to the desk failed.')
}

export function deskProblem(error: unknown): string {
  return `The desk: ${error instanceof Error ? error.message : String(error)}`
}
