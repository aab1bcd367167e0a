import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { metaContentSecurityPolicy } from './src/shared/security/csp'

const sharedModule = /[\\/]src[\\/]shared[\\/]/
// What the browser host runs before it loads the core (src/main/core/start.ts and what it uses).
const startModule =
  /[\\/]src[\\/](main[\\/](core[\\/]start|data-dir|renderer-files|store[\\/]data-lock|first-screen[\\/](app-page|first-screen-file))|shared[\\/](result|wire|reading-settings|security[\\/]csp|first-screen[\\/](ids|html-text|first-screen-page)))\.ts$/
const markdownModule =
  /[\\/]src[\\/]shared[\\/](import[\\/]markdown|export[\\/](render|markdown|markdown-article|all-claims-export|mdast-parts)\.ts$)/

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The Electron app and the browser host share every service; the CLI reuses the domain.
        input: {
          index: resolve('src/main/index.ts'),
          'web-host': resolve('src/main/web/server.ts'),
          cli: resolve('src/cli/claimcheck.ts'),
          // Imports are parsed on this worker thread so the hosts keep answering meanwhile.
          'import-worker': resolve('src/main/import/import-worker.ts'),
          // The index of the library's reviewed claims is built and searched on this one.
          'claim-index-worker': resolve('src/main/matching/claim-index-worker.ts')
        },
        output: {
          // The domain in a chunk of its own: left to itself the bundler put small shared helpers
          // in the importers' chunk, so starting a host loaded jsdom (seconds) to use none of it.
          // The Markdown reader and writers (markdown-it, mdast, YAML) stay out of it, in chunks
          // of their own: a host loads them on its first Markdown import or export, not at start.
          // What the browser host needs before the core is a chunk of its own too (src/main/core/start.ts),
          // so it answers its page without loading the domain.
          codeSplitting: {
            groups: [
              { name: 'start', test: (id) => startModule.test(id) },
              { name: 'shared', test: (id) => sharedModule.test(id) && !markdownModule.test(id) }
            ]
          }
        }
      }
    }
  },
  preload: {
    // A sandboxed preload cannot require node_modules: bundle everything it uses.
    build: {
      externalizeDeps: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } }
    }
  },
  renderer: {
    build: { minify: true, sourcemap: false },
    plugins: [
      react(),
      {
        // The CSP meta tag only in builds: the dev server needs inline scripts for hot reload.
        name: 'claimcheck-csp',
        apply: 'build',
        transformIndexHtml: (html) =>
          html.replace(
            '<head>',
            `<head>\n    <meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`
          )
      }
    ]
  }
})
