// Client-side behaviour of `kubectl create` checked against real kubectl v1.31 output
// (ORACLE: recorded with --dry-run=client, or errors kubectl reports before contacting a server).

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

describe('kubectl create generators match kubectl v1.31', () => {
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    const h = kubectlHarness();
    const before = h.cluster.store.revision;
    const r = h.run(`kubectl ${line}`);
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout, stderr, code });
    expect(h.cluster.store.revision).toBe(before);
  });
});
