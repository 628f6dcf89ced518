// --help texts rendered from the help data equal real kubectl v1.31's output byte for byte.

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../testing/kubectl-harness.ts';
import { ORACLE } from './help-cases.fixture.ts';

describe('kubectl --help', () => {
  it.each(ORACLE)('%s', (line, stdout, _stderr, code) => {
    const r = kubectlHarness().run(`kubectl ${line}`);
    expect({ stdout: r.stdout, code: r.code }).toEqual({ stdout, code });
  });
});
