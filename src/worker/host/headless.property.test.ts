// Property tests over the whole sandbox: random kubectl lines and mutated manifests never make an
// exception escape, and a rejected single-object write leaves the cluster unchanged.

import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { HeadlessRunner } from './headless.ts';

/** Texts that only a JavaScript exception (a kubelab bug) would print. */
const LEAKED_EXCEPTION = /Cannot read properties|is not a function|is not iterable|undefined is not|Maximum call stack|InvariantError|\[object Object\]/;

const VERBS = ['get', 'describe', 'create', 'apply', 'delete', 'patch', 'label', 'annotate', 'run', 'scale', 'explain',
  'api-resources', 'config', 'version', 'cluster-info', 'expose', 'replace', 'create deployment', 'create configmap',
  'create secret generic', 'create namespace', 'create service clusterip', 'config set-context', 'config use-context'];
const WORDS = ['pods', 'pod/web', 'deploy', 'svc', 'ns', 'nodes', 'web', 'kube-system', 'all', 'cm', 'x=y', 'app-',
  '-n', 'kube-system', '-A', '-o', 'yaml', 'json', 'wide', 'name', 'jsonpath={.items[*].metadata.name}', '-l', 'app=web',
  '--image=nginx', '--replicas=3', '--dry-run=client', '-p', '{"spec":{}}', '--type=json', '-f', 'missing.yaml',
  '--from-literal=a=b', '--overwrite', '--all', '--field-selector', 'metadata.name=web', '--port=80', '--current',
  '--namespace=dev', '--force', '--grace-period=0', '--recursive', '-w', "'{bad'", '--', 'sleep', '3600'];

const kubectlLine = fc.tuple(fc.constantFrom(...VERBS), fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 6 }))
  .map(([verb, words]) => `kubectl ${verb} ${words.map(quote).join(' ')}`);

function quote(word: string): string {
  return /^[\w./=:,{}[\]*"-]*$/.test(word) && word !== '' ? word : `'${word.replace(/'/g, '')}'`;
}

const BASE_MANIFESTS: object[] = [
  { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'fuzz' }, spec: { containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80 }] }] } },
  { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'fuzz' }, spec: { replicas: 2, selector: { matchLabels: { app: 'f' } }, template: { metadata: { labels: { app: 'f' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } },
  { apiVersion: 'v1', kind: 'Service', metadata: { name: 'fuzz' }, spec: { selector: { app: 'f' }, ports: [{ port: 80 }] } },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'fuzz' }, data: { a: 'b' } },
];

const JUNK = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}));

/** A manifest with one random change: a field renamed, retyped, removed or added. */
const mutatedManifest = fc.tuple(fc.constantFrom(...BASE_MANIFESTS), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.constantFrom('rename', 'retype', 'remove', 'add'), JUNK)
  .map(([base, path, op, junk]) => mutate(JSON.parse(JSON.stringify(base)) as Record<string, unknown>, path, op, junk));

function mutate(obj: Record<string, unknown>, path: number[], op: string, junk: unknown): Record<string, unknown> {
  let target: Record<string, unknown> = obj;
  for (const step of path.slice(0, -1)) {
    const keys = Object.keys(target).filter((k) => typeof target[k] === 'object' && target[k] !== null);
    if (keys.length === 0) break;
    const next = target[keys[step % keys.length]!];
    target = (Array.isArray(next) ? next[0] ?? {} : next) as Record<string, unknown>;
  }
  const keys = Object.keys(target);
  const key = keys[(path[path.length - 1] ?? 0) % Math.max(keys.length, 1)];
  if (key === undefined) return obj;
  if (op === 'rename') { target[`${key}x`] = target[key]; delete target[key]; }
  if (op === 'retype') target[key] = junk;
  if (op === 'remove') delete target[key];
  if (op === 'add') target[`extra${String(junk).slice(0, 3)}`] = junk;
  return obj;
}

describe('sandbox under random input', () => {
  const runner = new HeadlessRunner({ seed: 5 });

  it('never leaks an exception for random kubectl lines', () => {
    fc.assert(fc.property(kubectlLine, (line) => {
      const out = runner.feedLine(line) + runner.finish();
      expect(out).not.toMatch(LEAKED_EXCEPTION);
    }), { numRuns: 300, seed: 42 });
  });

  it('leaves the cluster unchanged when a manifest is rejected', () => {
    fc.assert(fc.property(mutatedManifest, (manifest) => {
      runner.feedLine('kubectl delete pod,deploy,svc,cm fuzz --ignore-not-found --wait=false >/dev/null');
      const before = runner.cluster.store.revision;
      const yaml = dump(manifest);
      const out = [`cat <<'EOF' | kubectl create -f -; echo "exit=$?"`, ...yaml.split('\n'), 'EOF'].map((l) => runner.feedLine(l)).join('') + runner.finish();
      expect(out).not.toMatch(LEAKED_EXCEPTION);
      // The nodes' kubelets keep writing (leases, statuses, events); the rejected write created nothing.
      const added = runner.cluster.store.historySince(before).filter((e) => e.type === 'ADDED' && !e.key.startsWith('/registry/core/events/'));
      if (!out.includes('exit=0')) expect(added.map((e) => e.key)).toEqual([]);
    }), { numRuns: 200, seed: 7 });
  });
});
