import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  test: {
    // Imports load jsdom and Readability on first use; on a busy 2-core machine that takes seconds.
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node'
        }
      },
      {
        // Components rendered in jsdom with a test double of the host port (test/support/renderer).
        extends: true,
        plugins: [react()],
        test: {
          name: 'components',
          include: ['src/renderer/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/support/renderer/setup.ts']
        }
      }
    ]
  }
})
