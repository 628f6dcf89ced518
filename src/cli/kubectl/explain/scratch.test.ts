import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { explain } from './render.ts';
import { openApiDocument } from '../../../engine/api/schema/openapi.ts';
const run = (path: string[], g: string, v: string, k: string, recursive = false) => explain(path, { recursive }, { group: g, version: v, kind: k }, openApiDocument(g, v)!);
test('scratch', () => {
  const out: string[] = [];
  for (const [p, g, v, k, r] of [[[], '', 'v1', 'Pod', false], [['spec', 'containers'], '', 'v1', 'Pod', false], [['spec', 'replicas'], 'apps', 'v1', 'Deployment', false], [[], '', 'v1', 'Pod', true], [['spec', 'foo'], '', 'v1', 'Pod', false], [['spec', 'restartPolicy'], '', 'v1', 'Pod', false], [['metadata', 'creationTimestamp'], '', 'v1', 'Pod', false], [['spec', 'strategy', 'rollingUpdate'], 'apps', 'v1', 'Deployment', false], [['spec','containers','resources','limits'], '', 'v1', 'Pod', false], [['spec'], '', 'v1', 'Service', false]] as const) {
    const r2 = run([...p], g, v, k, r);
    out.push(`=== ${k} ${p.join('.')} ${r}\n` + JSON.stringify(r2.ok) + '\n' + r2.text + ('error' in r2 ? 'ERR:' + r2.error : ''));
  }
  writeFileSync('/tmp/explain-out.txt', out.join('\n'));
});
