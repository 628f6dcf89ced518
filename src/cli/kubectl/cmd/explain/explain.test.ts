// `kubectl explain`: argument errors as real kubectl v1.31 prints them, and the resource/field
// resolution in front of the OpenAPI renderer.

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

describe('kubectl explain', () => {
  it.each(ORACLE)('%s', (line, stdout, stderr, code) => {
    const r = kubectlHarness().run(line);
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout, stderr, code });
  });

  it('finds the resource in a dotted path, group included', () => {
    const r = kubectlHarness().run('explain deployments.apps.spec.replicas');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^GROUP: {6}apps\nKIND: {7}Deployment\nVERSION: {4}v1\n\nFIELD: replicas <integer>\n/);
  });

  it('names a field that does not exist after the header', () => {
    const r = kubectlHarness().run('explain svc.spec.foo');
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({
      stdout: 'KIND:       Service\nVERSION:    v1\n\n', stderr: 'error: field "foo" does not exist\n', code: 1,
    });
  });

  it('rejects a group version the server does not serve', () => {
    const r = kubectlHarness().run('explain deploy --api-version=apps/v1beta1');
    expect(r.stderr).toBe('error: couldn\'t find resource for "apps/v1beta1, Resource=deployments"\n');
  });
});
