import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { decodeBase64 } from '../../base/base64.ts';
import { SeededRandom } from '../../base/rand.ts';
import { utf8Decode } from '../../base/utf8.ts';
import { isStatusError } from '../../api/errors.ts';
import { authenticate } from './authenticate.ts';
import type { RbacSource } from './rbac.ts';
import { issueBoundToken, type TokenBinding } from './service-account-token.ts';

const NOW = Date.UTC(2026, 10, 27, 9, 0, 0);
const binding: TokenBinding = {
  namespace: 'default',
  serviceAccount: { name: 'app', uid: 'sa-uid' },
  pod: { name: 'kctl', uid: 'pod-uid' },
  node: { name: 'k8s-worker-1', uid: 'node-uid' },
};

function part(token: string, i: number): Record<string, unknown> {
  const b64 = token.split('.')[i]!.replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(utf8Decode(decodeBase64(b64.padEnd(Math.ceil(b64.length / 4) * 4, '=')))) as Record<string, unknown>;
}

function source(pod?: Partial<KubeObject['metadata']>): RbacSource {
  const objects: Record<string, KubeObject> = {
    serviceaccounts: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'app', namespace: 'default', uid: 'sa-uid' } },
    ...(pod ? { pods: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'kctl', namespace: 'default', uid: 'pod-uid', ...pod } } } : {}),
  };
  return { get: (_g, resource) => objects[resource], list: () => [] };
}

describe('bound ServiceAccount tokens', () => {
  const rand = new SeededRandom(7);
  const token = issueBoundToken(binding, NOW, 3607, () => rand.nextUint32());

  it('is an RS256 JWT with the claims the API server puts in a pod-bound token', () => {
    expect(part(token, 0)).toEqual({ alg: 'RS256', kid: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) as unknown });
    const iat = NOW / 1000;
    expect(token.split('.')[1]).toMatch(/^eyJhdWQiOlsiaHR0cHM6Ly9rdWJlcm5ldGVzLmRlZmF1bHQuc3ZjLmNsdXN0ZXIubG9jYWwiXSwiZXhwIjo/);
    expect(part(token, 1)).toEqual({
      aud: ['https://kubernetes.default.svc.cluster.local'], exp: iat + 31_536_000, iat, iss: 'https://kubernetes.default.svc.cluster.local',
      jti: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4/) as unknown,
      'kubernetes.io': { namespace: 'default', node: binding.node, pod: binding.pod, serviceaccount: binding.serviceAccount, warnafter: iat + 3607 },
      nbf: iat, sub: 'system:serviceaccount:default:app',
    });
    expect(token.split('.')[2]).toMatch(/^[A-Za-z0-9_-]{342}$/);
  });

  it('draws 31 numbers from the generator, whatever the binding', () => {
    let draws = 0;
    issueBoundToken({ namespace: 'x', serviceAccount: { name: 'default', uid: 'u' } }, NOW, 600, () => (draws++, 1));
    expect(draws).toBe(31);
  });

  it('authenticates as the ServiceAccount while its pod exists, with the pod and node as extra', () => {
    const user = authenticate({ token }, source({}), NOW + 1000);
    expect(isStatusError(user)).toBe(false);
    expect(user).toMatchObject({
      name: 'system:serviceaccount:default:app', uid: 'sa-uid',
      groups: ['system:serviceaccounts', 'system:serviceaccounts:default', 'system:authenticated'],
      extra: { 'authentication.kubernetes.io/pod-name': ['kctl'], 'authentication.kubernetes.io/node-name': ['k8s-worker-1'] },
    });
  });

  it('is Unauthorized once the pod is gone, replaced, long deleted, or the token expired', () => {
    const rejected = (u: unknown): boolean => isStatusError(u) && u.status.code === 401 && u.status.message === 'Unauthorized';
    expect(rejected(authenticate({ token }, source(), NOW))).toBe(true);
    expect(rejected(authenticate({ token }, source({ uid: 'other' }), NOW))).toBe(true);
    expect(rejected(authenticate({ token }, source({ deletionTimestamp: new Date(NOW - 120_000).toISOString() }), NOW))).toBe(true);
    expect(rejected(authenticate({ token }, source({ deletionTimestamp: new Date(NOW + 30_000).toISOString() }), NOW))).toBe(false);
    const short = issueBoundToken(binding, NOW, 600, () => rand.nextUint32());
    expect(rejected(authenticate({ token: short }, source({}), NOW + 599_000))).toBe(false);
    expect(rejected(authenticate({ token: short }, source({}), NOW + 600_000))).toBe(true);
  });
});
