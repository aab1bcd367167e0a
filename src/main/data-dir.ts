/** Which data folder a host uses; light, as the browser host reads it before loading the core. */

/** `CLAIMCHECK_DATA_DIR` overrides the host's default data folder. */
export function resolveDataDir(defaultDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env['CLAIMCHECK_DATA_DIR']?.trim()
  return override ? override : defaultDir
}
