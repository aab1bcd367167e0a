/**
 * The layer rules of `.dependency-cruiser.mjs` (run by `npm run lint`) catch what they promise: each
 * test plants a small tree of real files shaped like `src` in a temp folder, cruises it with the
 * project's own rule set, and names the rule that must fire — or, for the allowed imports, that none do.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cruise, type ICruiseResult } from 'dependency-cruiser'
import extractDepcruiseConfig from 'dependency-cruiser/config-utl/extract-depcruise-config'
import { describe, expect, it } from 'vitest'
import { tempFolder } from '../support/temp-folder'

const configFile = fileURLToPath(new URL('../../.dependency-cruiser.mjs', import.meta.url))

interface PlantedViolation {
  rule: string
  /** The planted tree: path → source. */
  files: Record<string, string>
  /** The import that breaks the rule, as "from → to". */
  expected: string
}

/** Writes `files` (path → source) under a fresh folder and returns each violation as "rule: from → to". */
async function violations(files: Record<string, string>): Promise<string[]> {
  const root = await tempFolder('claimcheck-layers-')
  for (const [path, source] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), source)
  }
  const { forbidden, options } = await extractDepcruiseConfig(configFile)
  const cruised = await cruise(['src'], {
    ...options,
    baseDir: root,
    validate: true,
    ruleSet: { forbidden },
    outputType: 'json'
  })
  const result: ICruiseResult =
    typeof cruised.output === 'string' ? (JSON.parse(cruised.output) as ICruiseResult) : cruised.output
  return result.summary.violations.map((found) => `${found.rule.name}: ${found.from} → ${found.to}`)
}

const module = 'export const value = 1\n'

describe('the layer rules', () => {
  it.each<PlantedViolation>([
    {
      rule: 'shared-imports-no-other-layer',
      files: {
        'src/shared/text/fold.ts':
          "import { value } from '../../main/store/library-store'\nexport const folded = value\n",
        'src/main/store/library-store.ts': module
      },
      expected: 'src/shared/text/fold.ts → src/main/store/library-store.ts'
    },
    {
      rule: 'shared-imports-no-platform',
      files: {
        'src/shared/text/fold.ts':
          "import { readFile } from 'node:fs/promises'\nexport const read = readFile\n"
      },
      expected: 'src/shared/text/fold.ts → fs/promises'
    },
    {
      rule: 'core-imports-no-host',
      files: {
        'src/main/store/library-store.ts': "import { app } from 'electron'\nexport const ready = app\n"
      },
      expected: 'src/main/store/library-store.ts → electron'
    },
    {
      // A new folder in src/main (the team desk) is core by its path, with no edit to the rules.
      rule: 'core-imports-no-host',
      files: {
        'src/main/desk/replicate.ts': "import { value } from '../web/web-host'\nexport const host = value\n",
        'src/main/web/web-host.ts': module
      },
      expected: 'src/main/desk/replicate.ts → src/main/web/web-host.ts'
    },
    {
      rule: 'electron-glue-imports-no-web-host',
      files: {
        'src/main/electron/app-protocol.ts':
          "import { value } from '../web/web-host'\nexport const files = value\n",
        'src/main/web/web-host.ts': module
      },
      expected: 'src/main/electron/app-protocol.ts → src/main/web/web-host.ts'
    },
    {
      rule: 'web-host-imports-no-electron',
      files: {
        'src/main/web/server.ts': "import { value } from '../electron/ipc'\nexport const bound = value\n",
        'src/main/electron/ipc.ts': module
      },
      expected: 'src/main/web/server.ts → src/main/electron/ipc.ts'
    },
    {
      rule: 'hosts-enter-core-by-front-door',
      files: {
        'src/cli/run.ts': "import { value } from '../main/store/library-store'\nexport const store = value\n",
        'src/main/store/library-store.ts': module
      },
      expected: 'src/cli/run.ts → src/main/store/library-store.ts'
    },
    {
      rule: 'renderer-imports-only-shared',
      files: {
        'src/renderer/src/app/App.tsx':
          "import { value } from '../../../main/boot'\nexport const booted = value\n",
        'src/main/boot.ts': module
      },
      expected: 'src/renderer/src/app/App.tsx → src/main/boot.ts'
    },
    {
      rule: 'preload-imports-only-names',
      files: {
        'src/preload/index.ts': "import { value } from '../shared/contract'\nexport const api = value\n",
        'src/shared/contract.ts': module
      },
      expected: 'src/preload/index.ts → src/shared/contract.ts'
    },
    {
      rule: 'no-test-code-in-production',
      files: {
        'src/main/services/sample.ts':
          "import { value } from '../../../test/support/temp-folder'\nexport const folder = value\n",
        'test/support/temp-folder.ts': module
      },
      expected: 'src/main/services/sample.ts → test/support/temp-folder.ts'
    },
    {
      rule: 'claims-through-its-barrel',
      files: {
        'src/renderer/src/claims/ClaimsByKind.tsx':
          "import { value } from '../../../shared/claims/kinds'\nexport const kinds = value\n",
        'src/shared/claims/kinds.ts': module,
        'src/shared/claims/index.ts': "export { value } from './kinds'\n"
      },
      expected: 'src/renderer/src/claims/ClaimsByKind.tsx → src/shared/claims/kinds.ts'
    }
  ])('$rule fails on a planted $expected', async ({ rule, files, expected }) => {
    expect(await violations(files)).toEqual([`${rule}: ${expected}`])
  })

  it('no-cycle fails on a cycle that runs through a type-only import', async () => {
    const found = await violations({
      'src/shared/text/segment.ts':
        "import { splitListItems } from './list-items'\nexport interface Span { start: number }\nexport const split = splitListItems\n",
      'src/shared/text/list-items.ts':
        "import type { Span } from './segment'\nexport function splitListItems(): Span[] { return [] }\n"
    })
    // One report per cycle, from its first module.
    expect(found).toEqual(['no-cycle: src/shared/text/list-items.ts → src/shared/text/segment.ts'])
  })

  it('lets each layer import what the architecture allows', async () => {
    const found = await violations({
      'src/shared/text/span.ts': 'export interface Span { start: number }\n',
      'src/shared/text/segment.ts': "import type { Span } from './span'\nexport const spans: Span[] = []\n",
      'src/shared/text/segment.test.ts':
        "import { readFileSync } from 'node:fs'\nexport const read = readFileSync\n",
      'src/shared/claims/index.ts': "export { value } from './kinds'\n",
      'src/shared/claims/kinds.ts': module,
      'src/shared/method-names.ts': module,
      'src/main/store/library-store.ts':
        "import { spans } from '../../shared/text/segment'\nexport const value = spans\n",
      'src/main/core/index.ts': "export { value } from '../store/library-store'\n",
      'src/main/electron/ipc.ts':
        "import { value } from '../core'\nimport { app } from 'electron'\nexport const bound = [value, app]\n",
      'src/main/web/web-host.ts': "import { value } from '../core'\nexport const host = value\n",
      'src/main/store/library-store.test.ts':
        "import { value } from '../../../test/support/temp-folder'\nexport const folder = value\n",
      'test/support/temp-folder.ts': module,
      'src/cli/run.ts': "import { value } from '../main/core'\nexport const run = value\n",
      'src/renderer/src/claims/ClaimsByKind.tsx':
        "import { value } from '../../../shared/claims'\nexport const kinds = value\n",
      'src/preload/index.ts': "import { value } from '../shared/method-names'\nexport const names = value\n"
    })
    expect(found).toEqual([])
  })
})
