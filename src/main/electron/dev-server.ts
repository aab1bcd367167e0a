/**
 * The renderer's dev server (`electron-vite dev` sets ELECTRON_RENDERER_URL) is honoured only in an
 * unpackaged app and only on this machine: an installed app always loads its own bundled files,
 * whatever the environment says.
 */
export function rendererDevServerUrl(isPackaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  if (isPackaged) return undefined
  const raw = env['ELECTRON_RENDERER_URL']
  if (!raw) return undefined
  try {
    const url = new URL(raw)
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
    return url.protocol === 'http:' && local ? raw : undefined
  } catch {
    return undefined
  }
}
