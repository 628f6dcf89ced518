// kubeconfig files: read from ~/.kube/config (or --kubeconfig / $KUBECONFIG) in the student's files,
// so `kubectl config` edits are real file edits.

import { load, dump } from 'js-yaml';
import { isPlainObject } from '../../engine/index.ts';

export interface NamedContext {
  readonly name: string;
  readonly context: { cluster?: string; user?: string; namespace?: string };
}

export interface Kubeconfig {
  apiVersion: 'v1';
  kind: 'Config';
  clusters: Array<{ name: string; cluster: Record<string, unknown> }>;
  contexts: NamedContext[];
  'current-context': string;
  preferences: Record<string, unknown>;
  users: Array<{ name: string; user: Record<string, unknown> }>;
}

export function emptyKubeconfig(): Kubeconfig {
  return { apiVersion: 'v1', kind: 'Config', clusters: [], contexts: [], 'current-context': '', preferences: {}, users: [] };
}

export function parseKubeconfig(text: string): Kubeconfig {
  const raw = load(text);
  if (!isPlainObject(raw)) return emptyKubeconfig();
  return { ...emptyKubeconfig(), ...(raw as Partial<Kubeconfig>) } as Kubeconfig;
}

export function serializeKubeconfig(cfg: Kubeconfig): string {
  return dump(cfg, { seqNoIndent: true, lineWidth: -1, sortKeys: true, quoteStyle: 'double' });
}

export function currentContext(cfg: Kubeconfig, override?: string): NamedContext | undefined {
  const name = override || cfg['current-context'];
  return cfg.contexts.find((c) => c.name === name);
}
