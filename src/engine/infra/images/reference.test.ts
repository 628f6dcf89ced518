import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { familiarName, invalidImageMessage, normalizedReference, parseReference } from './reference.ts';

function normalize(s: string): string {
  const r = parseReference(s);
  if (!r.ok) throw new Error(r.error);
  return normalizedReference(r.ref);
}

describe('image references', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['nginx:1.27', 'docker.io/library/nginx:1.27'],
    ['library/nginx:1.14.2', 'docker.io/library/nginx:1.14.2'],
    ['docker.io/nginx', 'docker.io/library/nginx:latest'],
    ['index.docker.io/library/nginx', 'docker.io/library/nginx:latest'],
    ['bitnami/kubectl', 'docker.io/bitnami/kubectl:latest'],
    ['registry.k8s.io/pause:3.10', 'registry.k8s.io/pause:3.10'],
    ['registry.k8s.io/e2e-test-images/agnhost:2.40', 'registry.k8s.io/e2e-test-images/agnhost:2.40'],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
    ['Registry.Example/app:v1', 'Registry.Example/app:v1'],
    ['myRepo/app', 'myRepo/app:latest'],
    ['nginx:Latest', 'docker.io/library/nginx:Latest'],
    [`nginx@sha256:${'a'.repeat(64)}`, `docker.io/library/nginx@sha256:${'a'.repeat(64)}`],
    [`nginx:1.27@sha256:${'b'.repeat(64)}`, `docker.io/library/nginx@sha256:${'b'.repeat(64)}`],
  ])('normalises %s to %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it.each([
    ['docker.io/library/nginx:1.27', 'nginx:1.27'],
    ['docker.io/bitnami/kubectl', 'bitnami/kubectl'],
    ['registry.k8s.io/pause:3.10', 'registry.k8s.io/pause:3.10'],
  ])('shows %s familiarly as %s', (input, expected) => {
    const r = parseReference(input);
    expect(r.ok && familiarName(r.ref)).toBe(expected);
  });

  it.each([
    ['Nginx', 'invalid reference format: repository name (library/Nginx) must be lowercase'],
    ['myrepo/App:1.0', 'invalid reference format: repository name (myrepo/App) must be lowercase'],
    ['nginx:', 'invalid reference format'],
    ['', 'invalid reference format'],
    ['nginx latest', 'invalid reference format'],
    ['nginx:-tag', 'invalid reference format'],
    ['a'.repeat(64), `invalid repository name (${'a'.repeat(64)}), cannot specify 64-byte hexadecimal strings`],
    [`nginx@sha256:${'a'.repeat(40)}`, 'invalid checksum digest length'],
    [`nginx@md5:${'a'.repeat(32)}`, 'unsupported digest algorithm'],
  ])('rejects %j: %s', (input, error) => {
    expect(parseReference(input)).toEqual({ ok: false, error });
  });

  it("words InvalidImageName as the kubelet's applyDefaultImageTag does", () => {
    expect(invalidImageMessage('Nginx')).toBe(
      'Failed to apply default image tag "Nginx": couldn\'t parse image reference "Nginx": invalid reference format: repository name (library/Nginx) must be lowercase',
    );
    expect(invalidImageMessage('nginx:')).toBe('Failed to apply default image tag "nginx:": couldn\'t parse image reference "nginx:": invalid reference format');
    expect(invalidImageMessage('nginx')).toBeUndefined();
  });

  it('never throws and is idempotent on what it accepts', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => {
      const r = parseReference(s);
      if (!r.ok) return;
      expect(normalize(normalizedReference(r.ref))).toBe(normalizedReference(r.ref));
    }));
  });
});
