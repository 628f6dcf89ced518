// Loads Monaco once (its slim entry points: the editor API, every editor feature, YAML) and wires
// monaco-yaml to the schema of every kind. Only the editor's lazy chunk imports this module.
// Monaco 0.55+ and monaco-yaml 5.5 need a shim: monaco-yaml still asks for a worker by module id and
// label (monaco-yaml issue #272), which Monaco now wants as a ready Worker.

import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { configureMonacoYaml, type JSONSchema } from 'monaco-yaml';
import type { JsonSchema } from '../../worker/host/api.ts';
import YamlWorker from './yaml.worker.ts?worker';

export type Monaco = typeof monaco;

/** The schema's identity for monaco-yaml (also shown as the source in hovers); never fetched. */
const SCHEMA_URI = 'https://kubelab.invalid/schemas/kubernetes.json';
const DARK_THEME = 'kubelab-dark';

let loaded: Monaco | undefined;

/** Monaco with YAML validation, hover and completion from `schema`; set up on the first call only. */
export function setUpMonaco(schema: JsonSchema): Monaco {
  if (loaded !== undefined) return loaded;
  self.MonacoEnvironment = {
    getWorker(_moduleId, label) {
      if (label === 'yaml') return new YamlWorker();
      return new EditorWorker();
    },
  };
  shimCreateWebWorker();
  configureMonacoYaml(monaco, {
    enableSchemaRequest: false,
    hover: true,
    hoverSchemaSource: false,
    completion: true,
    validate: true,
    format: { enable: false },
    schemas: [{ uri: SCHEMA_URI, fileMatch: ['**/*.yaml', '**/*.yml'], schema: schema as JSONSchema }],
  });
  monaco.editor.defineTheme(DARK_THEME, { base: 'vs-dark', inherit: true, rules: [], colors: { 'editor.background': '#0b0f14' } });
  loaded = monaco;
  return monaco;
}

export { DARK_THEME };

interface LegacyWorkerOptions {
  readonly worker?: Worker | Promise<Worker>;
  readonly moduleId?: string;
  readonly label?: string;
  readonly createData?: unknown;
  readonly host?: Record<string, (...args: unknown[]) => unknown>;
  readonly keepIdleModels?: boolean;
}

/** Accepts monaco-worker-manager's `{ moduleId, label, createData }` form again, as Monaco 0.54 did. */
function shimCreateWebWorker(): void {
  const create = monaco.editor.createWebWorker;
  const patched = (opts: LegacyWorkerOptions): ReturnType<typeof create> => {
    if (opts.worker !== undefined) return create(opts as Parameters<typeof create>[0]);
    const worker = Promise.resolve(self.MonacoEnvironment!.getWorker!(opts.moduleId ?? 'workerMain.js', opts.label ?? '')).then((w) => {
      // The handshake Monaco 0.54 made: a first message it ignores, then the worker's create data.
      // eslint-disable-next-line no-restricted-properties -- Monaco's own language worker, not the sandbox's host boundary
      w.postMessage('ignore');
      // eslint-disable-next-line no-restricted-properties -- as above
      w.postMessage(opts.createData);
      return w;
    });
    return create({ worker, ...(opts.host ? { host: opts.host } : {}), ...(opts.keepIdleModels ? { keepIdleModels: true } : {}) });
  };
  (monaco.editor as { createWebWorker: unknown }).createWebWorker = patched;
}
