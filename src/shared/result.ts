/**
 * Errors cross process boundaries as values: exceptions do not serialize, and the renderer must
 * be able to show the message to a person.
 */
export type ErrorCode =
  | 'invalid-input'
  | 'unknown-method'
  | 'not-found'
  | 'unsupported'
  | 'bad-file'
  | 'too-large'
  /** A web page could not be fetched: the host, the connection or the server's answer. */
  | 'network'
  | 'unauthorized'
  | 'storage'
  | 'internal'

export interface ApiError {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

export const fail = (code: ErrorCode, message: string): { ok: false; error: ApiError } => ({
  ok: false,
  error: { code, message }
})

/** Thrown by services to answer with a specific error code; anything else becomes `internal`. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'ApiFailure'
  }
}

/** Makes a `switch` over a union exhaustive: the compiler rejects a missed case. */
export function missingCase(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`)
}
