import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/types.ts';
import { ingressClassOf, matchRequest, servedIngresses } from './routing.ts';

const backend = (name: string) => ({ service: { name, port: { number: 80 } } });
function ing(name: string, paths: Array<[string, string, string]>, opts: { host?: string; annotations?: Record<string, string>; created?: string; defaultBackend?: string } = {}): KubeObject {
  return {
    apiVersion: 'networking.k8s.io/v1', kind: 'Ingress',
    metadata: { name, namespace: 'default', annotations: opts.annotations ?? {}, creationTimestamp: opts.created ?? '2025-03-17T08:00:00Z' },
    spec: {
      ingressClassName: 'nginx',
      ...(opts.defaultBackend ? { defaultBackend: backend(opts.defaultBackend) } : {}),
      rules: [{ ...(opts.host !== undefined ? { host: opts.host } : {}), http: { paths: paths.map(([path, pathType, svc]) => ({ path, pathType, backend: backend(svc) })) } }],
    },
  } as KubeObject;
}
const svcOf = (m: ReturnType<typeof matchRequest>): string | undefined => m.backend?.service?.name;
const NGINX_CLASS = { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx' }, spec: { controller: 'k8s.io/ingress-nginx' } } as KubeObject;

describe('ingress-nginx routing', () => {
  it('matches Prefix by path element, ImplementationSpecific as a plain prefix, Exact exactly, longest first', () => {
    const served = [ing('a', [['/foo', 'Prefix', 'prefix'], ['/foo/bar', 'Prefix', 'longer'], ['/exact', 'Exact', 'exact'], ['/impl', 'ImplementationSpecific', 'impl']], { host: 'h' })];
    expect(svcOf(matchRequest(served, 'h', '/foo'))).toBe('prefix');
    expect(svcOf(matchRequest(served, 'h', '/foo/x?y=1'))).toBe('prefix');
    expect(svcOf(matchRequest(served, 'h', '/foobar'))).toBeUndefined();
    expect(svcOf(matchRequest(served, 'h', '/foo/bar/baz'))).toBe('longer');
    expect(svcOf(matchRequest(served, 'h', '/exact'))).toBe('exact');
    expect(svcOf(matchRequest(served, 'h', '/exact/'))).toBeUndefined();
    expect(svcOf(matchRequest(served, 'h', '/implementation'))).toBe('impl');
  });

  it('rewrites the whole URI to the target with regex captures and keeps the query', () => {
    const rewrite = { 'nginx.ingress.kubernetes.io/rewrite-target': '/$2' };
    const served = [ing('a', [['/api(/|$)(.*)', 'ImplementationSpecific', 'api']], { host: 'h', annotations: rewrite })];
    expect(matchRequest(served, 'h', '/api/users/7?x=1')).toMatchObject({ uri: '/users/7?x=1' });
    expect(matchRequest(served, 'h', '/API')).toMatchObject({ uri: '/' });
    const simple = [ing('b', [['/frontend', 'Prefix', 'web']], { host: 'h', annotations: { 'nginx.ingress.kubernetes.io/rewrite-target': '/' } })];
    expect(matchRequest(simple, 'h', '/frontend/page.html')).toMatchObject({ uri: '/' });
  });

  it('picks the exact host, then a wildcard, else the default server with the default backend', () => {
    const served = [
      ing('old', [['/', 'Prefix', 'catch-all']], { defaultBackend: 'fallback', created: '2025-03-17T07:00:00Z' }),
      ing('wild', [['/', 'Prefix', 'wildcard']], { host: '*.example.com' }),
      ing('exact', [['/', 'Prefix', 'www']], { host: 'www.example.com' }),
    ];
    expect(svcOf(matchRequest(served, 'www.example.com', '/'))).toBe('www');
    expect(svcOf(matchRequest(served, 'shop.example.com', '/'))).toBe('wildcard');
    expect(svcOf(matchRequest(served, 'a.b.example.com', '/'))).toBe('catch-all');
    expect(svcOf(matchRequest([ing('d', [['/x', 'Exact', 'x']], { defaultBackend: 'fallback' })], 'other', '/y'))).toBe('fallback');
  });

  it('serves Ingresses of its class only: ingressClassName of a k8s.io/ingress-nginx class, or the nginx annotation', () => {
    const named = ing('a', [['/', 'Prefix', 'x']]);
    const other = { ...named, metadata: { ...named.metadata, name: 'b' }, spec: { ...(named.spec as object), ingressClassName: 'traefik' } } as KubeObject;
    const annotated = { ...named, metadata: { ...named.metadata, name: 'c', annotations: { 'kubernetes.io/ingress.class': 'nginx' } }, spec: { rules: [] } } as KubeObject;
    expect(servedIngresses([named, other, annotated], [NGINX_CLASS]).map((i) => i.metadata.name)).toEqual(['c', 'a']);
    expect(ingressClassOf(other, [NGINX_CLASS])).toEqual({ error: 'no object matching key "traefik" in local store' });
  });
});
