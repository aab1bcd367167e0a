import { describe, expect, it } from 'vitest'
import { aboutBox } from './about'

describe('aboutBox', () => {
  it('names the version, Electron and Chromium, the data folder and its logs, and where updates stand', () => {
    const box = aboutBox({
      appName: 'Claimcheck',
      version: '1.4.0',
      versions: { electron: '45.5.0', chrome: '140.0.7339.41', node: '22.19.0' },
      platform: 'darwin',
      arch: 'arm64',
      osRelease: '24.1.0',
      dataDir: '/Users/ana/Library/Application Support/claimcheck',
      logsDir: '/Users/ana/Library/Application Support/claimcheck/logs',
      updates: { phase: 'ready', version: '1.5.0' }
    })
    expect(box.title).toBe('About Claimcheck')
    expect(box.message).toBe('Claimcheck 1.4.0')
    expect(box.detail.split('\n')).toEqual([
      'Version: 1.4.0',
      'Electron: 45.5.0',
      'Chromium: 140.0.7339.41',
      'Node.js: 22.19.0',
      'OS: darwin arm64 24.1.0',
      'Data folder: /Users/ana/Library/Application Support/claimcheck',
      'Logs: /Users/ana/Library/Application Support/claimcheck/logs',
      'Updates: Version 1.5.0 is ready: it installs when you restart Claimcheck.'
    ])
  })
})
