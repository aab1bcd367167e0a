/**
 * The few standard globals that exist in every runtime Claimcheck's domain runs in (Node, Chromium,
 * Electron) but are typed only by the DOM or Node libraries, which src/shared deliberately lacks.
 */
declare class URL {
  constructor(url: string, base?: string)
  readonly protocol: string
  readonly href: string
  readonly hostname: string
  readonly host: string
  readonly pathname: string
  readonly username: string
  readonly password: string
}
