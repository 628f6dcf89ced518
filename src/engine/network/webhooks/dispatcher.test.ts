import { describe, expect, it } from 'vitest';
import type { ResourceInfo } from '../../api/kinds.ts';
import type { KubeObject } from '../../api/types.ts';
import type { Network, Route } from '../network.ts';
import { dispatchValidating, type DispatcherDeps } from './dispatcher.ts';

const CONFIG = {
  apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingWebhookConfiguration', metadata: { name: 'hooks' },
  webhooks: [{
    name: 'validate.example.io', failurePolicy: 'Fail',
    clientConfig: { service: { name: 'hook', namespace: 'sys', path: '/validate', port: 443 } },
    rules: [{ apiGroups: ['networking.k8s.io'], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['ingresses'] }],
  }],
} as unknown as KubeObject;
const SERVICE = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'hook', namespace: 'sys' }, spec: { clusterIP: '10.96.5.5' } } as KubeObject;
const POD = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'hook-0', namespace: 'sys' } } as KubeObject;
const INGRESS = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'x', namespace: 'default' } } as KubeObject;
const INFO = { group: 'networking.k8s.io', resource: 'ingresses' } as ResourceInfo;

function deps(route: Route, verdict?: { allowed: true } | { allowed: false; message: string }, policy = 'Fail'): DispatcherDeps {
  const config = { ...CONFIG, webhooks: [{ ...(CONFIG as unknown as { webhooks: object[] }).webhooks[0], failurePolicy: policy }] } as unknown as KubeObject;
  return {
    list: () => [config],
    get: (_g, _r, ns, name) => (ns === 'sys' && name === 'hook' ? SERVICE : undefined),
    network: { dial: () => route } as unknown as Network,
    apiServerNode: () => 'k8s-master-1',
    servers: [(_pod, _port, path) => (path === '/validate' ? verdict : undefined)],
  };
}

const run = (d: DispatcherDeps, operation: 'CREATE' | 'UPDATE' = 'CREATE'): string => {
  try {
    dispatchValidating(d, { operation, info: INFO, object: INGRESS });
    return 'admitted';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('validating admission webhooks', () => {
  it('admits what the webhook allows and refuses what it denies', () => {
    expect(run(deps({ kind: 'pod', pod: POD, port: 8443 }, { allowed: true }))).toBe('admitted');
    expect(run(deps({ kind: 'pod', pod: POD, port: 8443 }, { allowed: false, message: 'no' }))).toBe('admission webhook "validate.example.io" denied the request: no');
  });

  it('fails the request when the webhook cannot be reached, unless its policy is Ignore', () => {
    expect(run(deps({ kind: 'refused' }))).toBe('Internal error occurred: failed calling webhook "validate.example.io": failed to call webhook: ' +
      'Post "https://hook.sys.svc:443/validate?timeout=10s": dial tcp 10.96.5.5:443: connect: connection refused');
    expect(run(deps({ kind: 'refused' }, undefined, 'Ignore'))).toBe('admitted');
  });
});
