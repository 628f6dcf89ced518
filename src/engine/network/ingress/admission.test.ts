import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { overlapOf } from './admission.ts';

const CLASSES = [{ apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx' }, spec: { controller: 'k8s.io/ingress-nginx' } } as KubeObject];
const ing = (name: string, host: string | undefined, path: string, created: string, extra: Record<string, string> = {}): KubeObject => ({
  apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name, namespace: 'default', creationTimestamp: created, annotations: extra },
  spec: { ingressClassName: 'nginx', rules: [{ ...(host ? { host } : {}), http: { paths: [{ path, pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }] },
}) as KubeObject;

describe('ingress-nginx admission webhook', () => {
  const first = ing('first', 'www.k8s-lab.com', '/frontend', '2025-03-17T08:00:00Z');

  it('refuses a host and path another Ingress of the class serves', () => {
    expect(overlapOf(ing('second', 'www.k8s-lab.com', '/frontend', ''), [first], CLASSES))
      .toBe('host "www.k8s-lab.com" and path "/frontend" is already defined in ingress default/first');
  });

  it('names rules without a host "_"', () => {
    const any = ing('any', undefined, '/pay', '2025-03-17T08:00:00Z');
    expect(overlapOf(ing('pay', undefined, '/pay', ''), [any], CLASSES)).toBe('host "_" and path "/pay" is already defined in ingress default/any');
  });

  it('admits the Ingress itself, other paths, canaries and other classes', () => {
    expect(overlapOf(ing('first', 'www.k8s-lab.com', '/frontend', ''), [first], CLASSES)).toBeUndefined();
    expect(overlapOf(ing('second', 'www.k8s-lab.com', '/backend', ''), [first], CLASSES)).toBeUndefined();
    expect(overlapOf(ing('canary', 'www.k8s-lab.com', '/frontend', '', { 'nginx.ingress.kubernetes.io/canary': 'true' }), [first], CLASSES)).toBeUndefined();
    expect(overlapOf(ing('second', 'www.k8s-lab.com', '/frontend', ''), [first], [])).toBeUndefined();
  });
});
