// kubectl rollout: --help texts and usage errors equal real kubectl v1.31's.

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

describe('kubectl rollout (oracle)', () => {
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    expect(kubectlHarness().run(`kubectl ${line}`)).toMatchObject({ stdout, stderr, code });
  });
});
