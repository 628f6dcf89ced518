// `kubectl api-resources` and `kubectl api-versions`: the oracle cases equal real kubectl v1.31's
// output for the same discovery data; api-versions lists every served group version.

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

describe('kubectl api-resources (oracle)', () => {
  const h = kubectlHarness();
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    const r = h.run(line);
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout, stderr, code });
  });
});

describe('kubectl api-versions', () => {
  it('prints the group versions sorted as plain strings, core v1 last', () => {
    const lines = kubectlHarness().run('api-versions').stdout.trimEnd().split('\n');
    expect(lines).toContain('autoscaling/v1');
    expect(lines).toContain('flowcontrol.apiserver.k8s.io/v1beta3');
    expect(lines).toEqual([...lines].sort());
    expect(lines.at(-1)).toBe('v1');
  });
});
