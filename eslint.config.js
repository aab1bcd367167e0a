// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/** Code in src/shared runs anywhere: no Electron, no DOM, no Node. */
const sharedRestrictions = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'src/shared must not depend on Electron.' },
    { group: ['node:*'], message: 'src/shared must not depend on Node built-ins.' },
    { group: ['react', 'react-dom', 'react-dom/*'], message: 'src/shared must not depend on the UI.' },
    {
      group: ['jsdom', 'dompurify', '@mozilla/readability'],
      message: 'src/shared must not depend on a DOM.'
    },
    {
      group: ['**/main/**', '**/renderer/**', '**/preload/**'],
      message: 'src/shared must not import app layers.'
    }
  ],
  paths: ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'stream', 'buffer'].map(
    (name) => ({
      name,
      message: 'src/shared must not depend on Node built-ins.'
    })
  )
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules }
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': ['error', sharedRestrictions],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', '__dirname']
    }
  },
  {
    // The preload loads in every window before the page: it takes the method names, never the
    // contract's zod schemas (which made it 193 KB).
    files: ['src/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/contract', '**/shared/dispatch', 'zod'],
              allowTypeImports: true,
              message: 'The preload needs only shared/method-names and shared/wire.'
            }
          ]
        }
      ]
    }
  },
  {
    // Small files (STYLE.md): a module with over 250 lines of code is doing more than one thing.
    // The API contract and the command table are tables, exempt; no other file joins the list.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/shared/contract.ts', 'src/shared/commands/command-table.ts'],
    rules: { 'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }] }
  }
)
