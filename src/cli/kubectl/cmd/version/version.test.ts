// `kubectl version`: the texts of real kubectl v1.31 (help and errors from the oracle), the
// client/Kustomize/server lines, YAML and JSON, and the version-skew warning.

import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../../engine/index.ts';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

const BUILD = '"gitCommit": "a78aa47129b8539636eb86a9d00e31b2720fe06b",\n    "gitTreeState": "clean",\n    "buildDate": "2024-12-10T18:51:42Z",\n    "goVersion": "go1.22.9",\n    "compiler": "gc",\n    "platform": "linux/amd64"';

describe('kubectl version', () => {
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    const r = kubectlHarness().run(line);
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout, stderr, code });
  });

  it('prints the client, Kustomize and server versions', () => {
    expect(kubectlHarness().run('version').stdout).toBe('Client Version: v1.31.4\nKustomize Version: v5.4.2\nServer Version: v1.31.4\n');
    expect(kubectlHarness().run('version --client').stdout).toBe('Client Version: v1.31.4\nKustomize Version: v5.4.2\n');
  });

  it('prints JSON in Go struct order with two-space indent', () => {
    expect(kubectlHarness().run('version --client -o json').stdout).toBe(
      `{\n  "clientVersion": {\n    "major": "1",\n    "minor": "31",\n    "gitVersion": "v1.31.4",\n    ${BUILD}\n  },\n  "kustomizeVersion": "v5.4.2"\n}\n`,
    );
  });

  it('prints YAML with sorted keys followed by a blank line', () => {
    const out = kubectlHarness().run('version -o yaml').stdout;
    expect(out).toMatch(/^clientVersion:\n {2}buildDate: "2024-12-10T18:51:42Z"\n/);
    expect(out).toContain('kustomizeVersion: v5.4.2\nserverVersion:\n');
    expect(out).toContain('  major: "1"\n  minor: "31"\n');
    expect(out.endsWith('platform: linux/amd64\n\n')).toBe(true);
  });

  it('warns on stderr when the server is more than one minor version away', () => {
    const profile = { ...emptyProfile, info: { ...emptyProfile.info, kubernetesVersion: 'v1.28.2' } };
    const r = kubectlHarness({ profile }).run('version');
    expect(r.stdout).toContain('Server Version: v1.28.2\n');
    expect(r.stderr).toBe('WARNING: version difference between client (1.31) and server (1.28) exceeds the supported minor version skew of +/-1\n');
  });
});
