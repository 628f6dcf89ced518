// The layers of ARCHITECTURE.md, enforced (authoritative, in CI): imports go down only.
//   engine ← cli ← lessons ← worker ← node;  ui sees the host contract's types and nothing else.
// Run: npx depcruise src --config .dependency-cruiser.cjs

/** `^src/(a|b)/` — a path under one of the given layers. */
const under = (...layers) => `^src/(${layers.join('|')})/`;
const TEST = '\\.test\\.tsx?$';

module.exports = {
  forbidden: [
    {
      name: 'engine-imports-only-engine',
      comment: 'The engine is the bottom layer: it imports nothing of ours outside src/engine/.',
      severity: 'error',
      from: { path: under('engine') },
      to: { path: '^src/', pathNot: under('engine') },
    },
    {
      name: 'cli-uses-engine-facade',
      comment: 'cli/ reaches the engine only through its facade, src/engine/index.ts ' +
        '(and the empty profile, for test harnesses).',
      severity: 'error',
      from: { path: under('cli') },
      to: { path: under('engine'), pathNot: '^src/engine/(index|profiles/empty/index)\\.ts$' },
    },
    {
      name: 'cli-imports-down-only',
      comment: 'cli/ may import the engine (facade) and itself only.',
      severity: 'error',
      from: { path: under('cli') },
      to: { path: '^src/', pathNot: under('cli', 'engine') },
    },
    {
      name: 'lessons-import-down-only',
      comment: 'lessons/ may import engine/ and cli/ only.',
      severity: 'error',
      from: { path: under('lessons') },
      to: { path: '^src/', pathNot: under('lessons', 'engine', 'cli') },
    },
    {
      name: 'worker-imports-down-only',
      comment: 'worker/ (the browser host) may import engine/, cli/ and lessons/ only.',
      severity: 'error',
      from: { path: under('worker') },
      to: { path: '^src/', pathNot: under('worker', 'lessons', 'engine', 'cli') },
    },
    {
      name: 'node-imports-down-only',
      comment: "node/ (the Node host) may import engine/, cli/, lessons/ and the worker's host API (src/worker/host/).",
      severity: 'error',
      from: { path: under('node') },
      to: { path: '^src/', pathNot: under('node', 'lessons', 'engine', 'cli', 'worker/host') },
    },
    {
      name: 'ui-imports-no-code-from-below',
      comment: 'ui/ runs on the main thread: it talks to the sandbox through the Worker only, so it ' +
        'may import nothing from the layers below except types (`import type`).',
      severity: 'error',
      from: { path: under('ui') },
      to: { path: '^src/', pathNot: under('ui'), dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'ui-types-only-from-host-contract',
      comment: 'ui/ may take types from the host contract only: src/worker/host/api.ts and the Worker ' +
        'protocol src/worker/protocol.ts.',
      severity: 'error',
      from: { path: under('ui') },
      to: { path: '^src/', pathNot: ['^src/ui/', '^src/worker/host/api\\.ts$', '^src/worker/protocol\\.ts$'] },
    },
    {
      name: 'only-node-knows-node-builtins',
      comment: 'Only src/node/ knows Node (ARCHITECTURE.md invariant 6); tests run in Node and may use it too.',
      severity: 'error',
      from: { path: '^src/', pathNot: [under('node'), TEST] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'only-ui-knows-react-and-dom-widgets',
      comment: 'React, zustand and xterm belong to src/ui/ (ARCHITECTURE.md invariant 6).',
      severity: 'error',
      from: { path: '^src/', pathNot: under('ui') },
      to: { path: 'node_modules/(react|react-dom|zustand|@xterm/[^/]+)/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles: they blur the layering and make module order matter.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-test-code-in-the-product',
      comment: 'Product code never imports a test file.',
      severity: 'error',
      from: { pathNot: TEST },
      to: { path: TEST },
    },
    {
      name: 'no-dev-dependencies-at-runtime',
      comment: 'devDependencies are not installed for users; product code may only take types from them.',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing (Vite\'s virtual modules, made at build time, excepted).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // See type-only imports too, so the ui rule can tell them apart.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
