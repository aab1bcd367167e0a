/** The browser host keeps its address across restarts: the port asked for or last used, and one token, owner-only. */
import { chmod, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFolder } from '../../../test/support/temp-folder'
import { HOST_FILE, hostAddress, requestedPort } from './host-address'

const modeOf = async (path: string) => (await stat(path)).mode & 0o777

describe('requestedPort', () => {
  it('takes --port first, then CLAIMCHECK_PORT, else none', () => {
    expect(requestedPort(['--port', '4173'], { CLAIMCHECK_PORT: '5000' })).toBe(4173)
    expect(requestedPort(['--port=4174'], {})).toBe(4174)
    expect(requestedPort([], { CLAIMCHECK_PORT: '5000' })).toBe(5000)
    expect(requestedPort(['--open'], {})).toBeNull()
  })

  it('refuses what is not a port, saying what is allowed', () => {
    expect(() => requestedPort(['--port', 'eighty'], {})).toThrow(/from 0 to 65535.*not "eighty"/)
    expect(() => requestedPort([], { CLAIMCHECK_PORT: '70000' })).toThrow(/from 0 to 65535/)
  })
})

describe('hostAddress', () => {
  it('keeps one token across restarts, in a file only its owner can read', async () => {
    const dataDir = await tempFolder()
    const first = await hostAddress(dataDir, null)
    const second = await hostAddress(dataDir, null)
    expect(first.token).toMatch(/^[0-9a-f]{48}$/)
    expect(second.token).toBe(first.token)
    if (process.platform !== 'win32') expect(await modeOf(join(dataDir, HOST_FILE))).toBe(0o600)
  })

  it('tries the last port used first, then any free one', async () => {
    const dataDir = await tempFolder()
    expect((await hostAddress(dataDir, null)).ports).toEqual([0])
    await (await hostAddress(dataDir, null)).remember(41234)
    expect((await hostAddress(dataDir, null)).ports).toEqual([41234, 0])
    if (process.platform !== 'win32') expect(await modeOf(join(dataDir, HOST_FILE))).toBe(0o600)
  })

  it('tries only the port asked for, which beats the one remembered', async () => {
    const dataDir = await tempFolder()
    await (await hostAddress(dataDir, null)).remember(41234)
    const asked = await hostAddress(dataDir, 4173)
    expect(asked.ports).toEqual([4173])
    expect(asked.requested).toBe(true)
  })

  it.skipIf(process.platform === 'win32')('tightens a token file others could read', async () => {
    const dataDir = await tempFolder()
    const { token } = await hostAddress(dataDir, null)
    await chmod(join(dataDir, HOST_FILE), 0o644)
    expect((await hostAddress(dataDir, null)).token).toBe(token)
    expect(await modeOf(join(dataDir, HOST_FILE))).toBe(0o600)
  })

  it('replaces a damaged file with a new token rather than trusting it', async () => {
    const dataDir = await tempFolder()
    await writeFile(join(dataDir, HOST_FILE), '{"token":"short","port":80', { mode: 0o644 })
    const { token } = await hostAddress(dataDir, null)
    expect(token).toMatch(/^[0-9a-f]{48}$/)
    expect(JSON.parse(await readFile(join(dataDir, HOST_FILE), 'utf8'))).toEqual({ token })
    if (process.platform !== 'win32') expect(await modeOf(join(dataDir, HOST_FILE))).toBe(0o600)
  })
})
