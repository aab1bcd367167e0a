// @ts-check
/**
 * The architecture as rules the build checks (`npm run lint` runs `depcruise`): which layer may
 * import which, no import cycles (type-only imports included), barrels respected, and no test code
 * in production source. A file's layer is read from its path; docs/architecture.md draws the picture.
 *
 *   shared    src/shared/**            pure TypeScript: imports no other layer, no Node, DOM or Electron
 *   core      src/main/** except the   store, import, services, matching, fetch, desk, boot: never
 *             hosts below              Electron, never a host; reached from outside through core/index.ts
 *   electron  src/main/electron/**, src/main/index.ts    the Electron glue
 *   web       src/main/web/**          the browser host
 *   cli       src/cli/**               the command line
 *   renderer  src/renderer/**          the UI: shared and its own files only
 *   preload   src/preload/index.ts     the method names and channel names, nothing else
 */

const TEST_FILE = '\\.test\\.tsx?$'
const SHARED = '^src/shared/'
/** Main's core: everything in src/main but the two hosts (new folders such as src/main/desk join it). */
const CORE = '^src/main/(?!electron/|web/|index\\.ts$)'
/** The core's front door, and its light second one for what a host does before loading the core. */
const FRONT_DOOR = '^src/main/core/(index|start)\\.ts$'
const ELECTRON_GLUE = '^src/main/(electron/|index\\.ts$)'
const WEB_HOST = '^src/main/web/'
const ELECTRON_PACKAGE = '(^|/)node_modules/electron/|^electron$'
const DOM_PACKAGES = '(^|/)node_modules/(react|react-dom|jsdom|dompurify|linkedom|@mozilla/readability)/'

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        'Import cycles (type-only ones too) tie modules into one lump: move shared types to a module of their own.',
      from: {},
      to: { circular: true }
    },
    {
      name: 'shared-imports-no-other-layer',
      severity: 'error',
      comment: 'src/shared is pure domain code that runs anywhere: it imports only src/shared.',
      from: { path: SHARED, pathNot: TEST_FILE },
      to: { path: '^(src/(main|renderer|preload|cli)|test|bench|e2e|scripts)/' }
    },
    {
      name: 'shared-imports-no-platform',
      severity: 'error',
      comment: 'src/shared must not depend on Node built-ins, Electron, React or a DOM.',
      from: { path: SHARED, pathNot: TEST_FILE },
      to: {
        dependencyTypes: ['core']
      }
    },
    {
      name: 'shared-imports-no-platform-package',
      severity: 'error',
      comment: 'src/shared must not depend on Node built-ins, Electron, React or a DOM.',
      from: { path: SHARED, pathNot: TEST_FILE },
      to: { path: `${ELECTRON_PACKAGE}|${DOM_PACKAGES}` }
    },
    {
      name: 'core-imports-no-host',
      severity: 'error',
      comment:
        "Main's core (store, import, services, matching, fetch, desk, boot) runs under plain Node: it never imports Electron, a host, the UI or the CLI.",
      from: { path: CORE, pathNot: TEST_FILE },
      to: { path: `${ELECTRON_GLUE}|${WEB_HOST}|^src/(renderer|preload|cli)/|${ELECTRON_PACKAGE}` }
    },
    {
      name: 'electron-glue-imports-no-web-host',
      severity: 'error',
      comment: 'The Electron glue and the web host both sit on the core and never import each other.',
      from: { path: ELECTRON_GLUE, pathNot: TEST_FILE },
      to: { path: WEB_HOST }
    },
    {
      name: 'web-host-imports-no-electron',
      severity: 'error',
      comment: 'The web host runs where Electron cannot: it never imports Electron or its glue.',
      from: { path: WEB_HOST, pathNot: TEST_FILE },
      to: { path: `${ELECTRON_GLUE}|${ELECTRON_PACKAGE}` }
    },
    {
      name: 'hosts-enter-core-by-front-door',
      severity: 'error',
      comment: "The hosts and the CLI reach main's core only through its front door, src/main/core/index.ts.",
      from: { path: `${ELECTRON_GLUE}|${WEB_HOST}|^src/cli/`, pathNot: TEST_FILE },
      to: { path: CORE, pathNot: FRONT_DOOR }
    },
    {
      name: 'cli-imports-only-core-entry',
      severity: 'error',
      comment: "The CLI imports src/shared, its own files and the core's front door: no host, no UI.",
      from: { path: '^src/cli/', pathNot: TEST_FILE },
      to: { path: `^src/(renderer|preload)/|${ELECTRON_GLUE}|${WEB_HOST}|${ELECTRON_PACKAGE}` }
    },
    {
      name: 'benches-enter-core-by-front-door',
      severity: 'error',
      comment: 'Benches measure the core as the hosts use it: through src/main/core/index.ts.',
      from: { path: '^bench/' },
      to: { path: CORE, pathNot: FRONT_DOOR }
    },
    {
      name: 'renderer-imports-only-shared',
      severity: 'error',
      comment:
        'The renderer talks to main only through the API port: it imports src/shared and its own files.',
      from: { path: '^src/renderer/' },
      to: { path: `^src/(main|preload|cli)/|${ELECTRON_PACKAGE}` }
    },
    {
      name: 'renderer-imports-no-node',
      severity: 'error',
      comment: 'The renderer runs sandboxed in a browser: no Node built-ins.',
      from: { path: '^src/renderer/', pathNot: TEST_FILE },
      to: { dependencyTypes: ['core'] }
    },
    {
      name: 'preload-imports-only-names',
      severity: 'error',
      comment:
        'The preload loads in every window before the page: it takes the method and channel names, never the contract and its schemas.',
      from: { path: '^src/preload/', pathNot: `${TEST_FILE}|\\.d\\.ts$` },
      to: { path: '^src/', pathNot: '^src/shared/(method-names|wire|menu-commands)\\.ts$' }
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      comment: 'Production source never imports test support, fixtures, benches or tests.',
      from: { path: '^src/', pathNot: TEST_FILE },
      to: { path: `^(test|e2e|bench)/|${TEST_FILE}` }
    },
    {
      name: 'claims-through-its-barrel',
      severity: 'error',
      comment:
        'Code outside src/shared/claims imports its public entries: index.ts (the vocabulary) or analyze.ts (the analysis, which the UI loads lazily), not its inside.',
      from: { path: '^src/', pathNot: '^src/shared/claims/' },
      to: { path: '^src/shared/claims/', pathNot: '^src/shared/claims/(index|analyze)\\.ts$' }
    }
  ],
  options: {
    // Packages are leaves; the root's config files are not part of the app.
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^[^/]+\\.(ts|js|mjs|cjs)$' },
    // Type-only imports count: a cycle through types is still a cycle.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'],
      conditionNames: ['import', 'require', 'node', 'default', 'types']
    },
    cache: false
  }
}
