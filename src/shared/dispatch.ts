/**
 * Validates one API call against the contract and runs its service. Both hosts (Electron IPC and
 * the browser host's HTTP) answer through here, so validation and error shapes are identical.
 */
import { z } from 'zod'
import { contract, isMethodName, type MethodName, type Services } from './contract'
import { ApiFailure, fail, ok, type Result } from './result'

/** A readable sentence from a zod error: where, and what was wrong. */
export function describeInvalidInput(error: z.ZodError): string {
  const problems = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'input'
    return `${where}: ${issue.message}`
  })
  return `Invalid arguments — ${problems.join('; ')}.`
}

export async function dispatch(
  services: Services,
  name: string,
  rawInput: unknown,
  onInternalError: (error: unknown) => void = () => {}
): Promise<Result<unknown>> {
  if (!isMethodName(name)) return fail('unknown-method', `There is no API method "${name}".`)
  const parsed = contract[name].input.safeParse(rawInput ?? {})
  if (!parsed.success) return fail('invalid-input', describeInvalidInput(parsed.error))
  try {
    const service = services[name] as (input: unknown) => Promise<unknown>
    return ok(await service(parsed.data))
  } catch (error) {
    if (error instanceof ApiFailure) return fail(error.code, error.message)
    onInternalError(error)
    return fail(
      'internal',
      `Something went wrong while trying to ${describeMethod(name)}. Please try again; details are in the log.`
    )
  }
}

function describeMethod(name: MethodName): string {
  return name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)
}
