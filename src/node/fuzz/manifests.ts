// YAML documents for the fuzzer: valid manifests of the kinds the course uses, the same mutated
// (fields dropped, values of the wrong type, unknown fields, broken indentation), and hostile ones
// (alias bombs, custom tags, huge strings, deep nesting).

import { dump } from 'js-yaml';
import type { Picker } from './pick.ts';

type Doc = Record<string, unknown>;

const NAMES = ['web', 'api', 'db', 'cache', 'front', 'x'];
const IMAGES = ['nginx', 'nginx:1.27', 'busybox', 'redis', 'httpd', 'nope/missing:0', 'hashicorp/http-echo', ''];

function meta(p: Picker): Doc {
  return { name: p.one(NAMES), ...(p.chance(0.3) ? { namespace: p.one(['default', 'kube-system', 'lab', 'missing']) } : {}), ...(p.chance(0.5) ? { labels: { app: p.one(NAMES) } } : {}) };
}

function podSpec(p: Picker): Doc {
  return {
    containers: [{
      name: p.one(NAMES), image: p.one(IMAGES),
      ...(p.chance(0.4) ? { command: ['sh', '-c', p.one(['sleep 3600', 'echo hi', 'exit 1', 'while true; do echo x; done'])] } : {}),
      ...(p.chance(0.3) ? { ports: [{ containerPort: p.one([80, 8080, 0, 70000]) }] } : {}),
      ...(p.chance(0.2) ? { resources: { requests: { cpu: p.one(['100m', '1', 'lots']), memory: p.one(['64Mi', '1Gi', '-1']) } } } : {}),
      ...(p.chance(0.2) ? { readinessProbe: { httpGet: { path: '/', port: 80 }, periodSeconds: p.one([1, 5, 0]) } } : {}),
    }],
  };
}

const TEMPLATES: ReadonlyArray<(p: Picker) => Doc> = [
  (p) => ({ apiVersion: 'v1', kind: 'Pod', metadata: meta(p), spec: podSpec(p) }),
  (p) => ({
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta(p),
    spec: { replicas: p.one([1, 2, 3, 0, -1]), selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: p.one(['web', 'other']) } }, spec: podSpec(p) } },
  }),
  (p) => ({
    apiVersion: 'v1', kind: 'Service', metadata: meta(p),
    spec: { type: p.one(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName', 'Bogus']), selector: { app: 'web' }, ports: [{ port: p.one([80, 8080, 0]), targetPort: p.one([80, 'http']), ...(p.chance(0.3) ? { nodePort: p.one([31008, 30000, 29999, 40000]) } : {}) }] },
  }),
  (p) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(p), data: { key: p.one(['value', 'a: b\nc: d']), ...(p.chance(0.2) ? { 'bad key!': 'x' } : {}) } }),
  (p) => ({ apiVersion: 'v1', kind: 'Secret', metadata: meta(p), ...(p.chance(0.5) ? { data: { password: p.one(['cGFzcw==', 'not base64!']) } } : { stringData: { password: 'pass' } }) }),
  (p) => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: meta(p), spec: { template: { spec: { ...podSpec(p), restartPolicy: p.one(['Never', 'OnFailure', 'Always']) } } } }),
  (p) => ({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: meta(p), spec: { schedule: p.one(['*/1 * * * *', '@hourly', 'not a schedule', '61 * * * *']), jobTemplate: { spec: { template: { spec: { ...podSpec(p), restartPolicy: 'OnFailure' } } } } } }),
  (p) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: p.one(['lab', 'Lab', 'kube-system', 'a'.repeat(70)]) } }),
  (p) => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: meta(p), spec: { accessModes: [p.one(['ReadWriteOnce', 'ReadWriteMany', 'Sometimes'])], resources: { requests: { storage: p.one(['1Gi', '0', 'big']) } } } }),
  (p) => ({
    apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: meta(p),
    spec: { rules: [{ host: p.one(['www.k8s-lab.com', 'UPPER.com', '*.x.com']), http: { paths: [{ path: p.one(['/frontend', 'frontend', '/']), pathType: p.one(['Prefix', 'Exact', 'Nope']), backend: { service: { name: 'web', port: { number: 80 } } } }] } }] },
  }),
  (p) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta(p), spec: { podSelector: p.chance(0.5) ? {} : { matchLabels: { app: 'web' } }, policyTypes: [p.one(['Ingress', 'Egress', 'Sideways'])] } }),
  (p) => ({ apiVersion: p.one(['v2', 'apps/v9', 'example.com/v1', '']), kind: p.one(['Pod', 'Widget', '']), metadata: meta(p) }),
];

/** Drops, retypes or adds a field somewhere in the document. */
function mutate(p: Picker, doc: Doc): void {
  const paths: Array<[Doc, string]> = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node as Doc)) {
      paths.push([node as Doc, k]);
      walk(v);
    }
  };
  walk(doc);
  if (paths.length === 0) return;
  const [parent, key] = p.one(paths);
  const r = p.int(5);
  if (r === 0) delete parent[key];
  else if (r === 1) parent[key] = p.one([null, 42, -7, 3.5, true, 'text', [], {}, 1e21, '']);
  else if (r === 2) parent[`${key}Extra`] = 'unknown';
  else if (r === 3) parent[key] = [parent[key]];
  else parent[key] = { nested: parent[key] };
}

/** Damages the text itself: a character removed, a line doubled, a tab inserted. */
function damage(p: Picker, text: string): string {
  const lines = text.split('\n');
  const i = p.int(lines.length);
  const r = p.int(4);
  if (r === 0) lines[i] = lines[i]!.slice(0, Math.max(0, lines[i]!.length - 1 - p.int(3)));
  else if (r === 1) lines.splice(i, 0, lines[i]!);
  else if (r === 2) lines[i] = `\t${lines[i]}`;
  else lines[i] = `  ${lines[i]}`;
  return lines.join('\n');
}

const HOSTILE: readonly string[] = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: fn}\ndata: !!js/function "function () { return 1 }"\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: merge\n  <<: {labels: {a: b}}\n',
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata: {k: "${'x'.repeat(200_000)}"}\n`,
  `${'- '.repeat(400)}x\n`,
  `${'['.repeat(300)}${']'.repeat(300)}\n`,
  'apiVersion: v1\nkind: Pod\nmetadata: {name: dup}\nmetadata: {name: dup2}\n',
  '---\n---\n--- !!binary aGVsbG8=\n',
  'apiVersion: v1\nkind: List\nitems: [1, "two", null]\n',
  '\u0000\u0001binary\u00ff',
];

/** One YAML file's text: valid (half of the time), mutated, damaged, or hostile. */
export function manifestText(p: Picker): string {
  if (p.chance(0.08)) return p.one(HOSTILE);
  const docs = Array.from({ length: 1 + (p.chance(0.2) ? p.int(3) : 0) }, () => {
    const doc = p.one(TEMPLATES)(p);
    if (p.chance(0.4)) mutate(p, doc);
    return dump(doc, { lineWidth: -1 });
  });
  const text = docs.join('---\n');
  return p.chance(0.15) ? damage(p, text) : text;
}
