// kubectl set: --help texts, usage errors and the offline (--local) results equal real kubectl v1.31's.

import { describe, expect, it } from 'vitest';
import { HARNESS_HOME, kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { ORACLE_FILES } from './manifests.fixture.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

describe('kubectl set (oracle)', () => {
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    const h = kubectlHarness();
    for (const [name, text] of Object.entries(ORACLE_FILES)) h.fs.writeFile(`${HARNESS_HOME}/${name}`, text);
    expect(h.run(`kubectl ${line}`)).toMatchObject({ stdout, stderr, code });
  });
});
