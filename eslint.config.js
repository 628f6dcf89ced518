// ESLint for kubelab: typescript-eslint's recommended rules, the style rules of STYLE.md, and the
// host boundaries of ARCHITECTURE.md that the compiler cannot see. Zero warnings (`--max-warnings=0`).
// Rule options do not merge across flat-config blocks, so each layer's lists are composed here.
// dependency-cruiser (.dependency-cruiser.cjs) owns the import layering.

import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// --- STYLE.md, everywhere in src/ -------------------------------------------------------------

const STYLE_SYNTAX = [
  { selector: 'TSEnumDeclaration', message: 'No `enum`: use an `as const` object and a union type (STYLE.md).' },
  { selector: 'ExportAllDeclaration', message: 'No `export *`: name what the module exports (STYLE.md).' },
  { selector: 'ExportDefaultDeclaration', message: 'Named exports only (STYLE.md).' },
  { selector: 'ExportSpecifier[exported.name="default"]', message: 'Named exports only (STYLE.md).' },
];

// --- ARCHITECTURE.md invariants 2 and 6: what each layer may touch of its host ------------------

const POST_MESSAGE = 'Only src/worker/ knows postMessage (ARCHITECTURE.md invariant 6): go through the host API.';
const PROCESS = 'Only src/node/ knows `process` (ARCHITECTURE.md invariant 6): take what you need as an argument.';

const RAND = 'Determinism: use the seeded generator (engine/base/rand.ts).';
const CLOCK = 'Determinism: use the virtual clock (engine/base/clock.ts), never the wall clock.';
const TIMER = 'Determinism: schedule on the virtual clock (engine/base/clock.ts), never a host timer.';
const CONSOLE = 'engine/ and cli/ never touch the host: write to the injected streams.';

const DETERMINISM_SYNTAX = [
  { selector: 'NewExpression[callee.name="Date"][arguments.length=0]', message: CLOCK },
  { selector: 'CallExpression[callee.name="Date"]', message: CLOCK },
];
const DETERMINISM_GLOBALS = [
  ...['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'clearTimeout', 'clearInterval', 'clearImmediate']
    .map((name) => ({ name, message: TIMER })),
  { name: 'performance', message: CLOCK },
  { name: 'console', message: CONSOLE },
];
const DETERMINISM_PROPERTIES = [
  { object: 'Math', property: 'random', message: RAND },
  { object: 'Date', property: 'now', message: CLOCK },
  { object: 'crypto', property: 'getRandomValues', message: RAND },
  { object: 'crypto', property: 'randomUUID', message: RAND },
];

/**
 * The restrictions for one layer. Tests run in Node under vitest, so they may read `process`
 * (as dependency-cruiser lets them import node: modules); determinism holds for them too.
 */
function layerRules({ deterministic = false, postMessage = false, process = false }) {
  const globals = [
    ...(postMessage ? [] : [{ name: 'postMessage', message: POST_MESSAGE }]),
    ...(process ? [] : [{ name: 'process', message: PROCESS }]),
    ...(deterministic ? DETERMINISM_GLOBALS : []),
  ];
  const properties = [
    ...(postMessage ? [] : [{ property: 'postMessage', message: POST_MESSAGE }]),
    ...(deterministic ? DETERMINISM_PROPERTIES : []),
  ];
  return {
    'no-restricted-syntax': ['error', ...STYLE_SYNTAX, ...(deterministic ? DETERMINISM_SYNTAX : [])],
    'no-restricted-globals': globals.length > 0 ? ['error', ...globals] : 'off',
    'no-restricted-properties': properties.length > 0 ? ['error', ...properties] : 'off',
  };
}

const LAYERS = {
  engine: { deterministic: true },
  cli: { deterministic: true },
  lessons: {},
  worker: { postMessage: true },
  node: { process: true },
  ui: {},
};

const layerBlocks = Object.entries(LAYERS).flatMap(([layer, allowed]) => [
  { files: [`src/${layer}/**/*.{ts,tsx}`], rules: layerRules(allowed) },
  { files: [`src/${layer}/**/*.test.{ts,tsx}`], rules: layerRules({ ...allowed, process: true }) },
]);

// Plain JavaScript files (configs, bin/) run in Node.
const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance']
    .map((name) => [name, 'readonly']),
);

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.vite/', '.tsbuild/', 'coverage/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a binding kept on purpose, e.g. a field dropped with `{ field: _f, ...rest }`.
      '@typescript-eslint/no-unused-vars': ['error', {
        argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_',
      }],
      // A terminal emulator's host: matching ESC and other control bytes is the point.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: NODE_GLOBALS, sourceType: 'module' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { globals: { ...NODE_GLOBALS, module: 'writable', require: 'readonly' }, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Files under src/ outside the known layers still follow STYLE.md and the host rules.
    files: ['src/**/*.{ts,tsx}'],
    rules: layerRules({}),
  },
  layerBlocks,
);
