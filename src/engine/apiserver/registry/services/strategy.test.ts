import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../api/types.ts';
import { resource, statusMessage, testServer } from '../testing/server.ts';

const SERVICES = resource('', 'services');
type Spec = Record<string, unknown> & { ports?: Array<Record<string, unknown>>; clusterIP?: string };

const svc = (name: string, spec: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec });
const specOf = (o: KubeObject): Spec => o.spec as Spec;

describe('service defaults and allocation', () => {
  it('defaults a ClusterIP service and allocates from the upper band', () => {
    const created = testServer().create(SERVICES, 'default', svc('web', { selector: { app: 'web' }, ports: [{ port: 80 }] }));
    const spec = specOf(created);
    expect(spec).toMatchObject({
      type: 'ClusterIP', sessionAffinity: 'None', internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
    });
    expect(spec.clusterIP).toMatch(/^10\.(9[6-9]|10\d|11[01])\.\d+\.\d+$/);
    expect(spec.clusterIPs).toEqual([spec.clusterIP]);
    expect(spec.clusterIP!.startsWith('10.96.0.')).toBe(false);
    expect(created.status).toEqual({ loadBalancer: {} });
  });

  it('honours an explicit clusterIP and rejects it when taken or out of range', () => {
    const server = testServer();
    server.create(SERVICES, 'default', svc('a', { clusterIP: '10.96.0.5', ports: [{ port: 80 }] }));
    expect(statusMessage(() => server.create(SERVICES, 'default', svc('b', { clusterIP: '10.96.0.5', ports: [{ port: 80 }] }))))
      .toBe('Service "b" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.5"}: failed to allocate IP 10.96.0.5: provided IP is already allocated');
    expect(statusMessage(() => server.create(SERVICES, 'default', svc('c', { clusterIP: '10.0.0.5', ports: [{ port: 80 }] }))))
      .toBe('Service "c" is invalid: spec.clusterIPs: Invalid value: []string{"10.0.0.5"}: failed to allocate IP 10.0.0.5: the provided IP (10.0.0.5) is not in the valid range. The range of valid IPs is 10.96.0.0/12');
  });

  it('allocates node ports and checks explicit ones', () => {
    const server = testServer();
    const created = server.create(SERVICES, 'default', svc('np', { type: 'NodePort', ports: [{ port: 80 }] }));
    const nodePort = specOf(created).ports![0]!.nodePort as number;
    expect(nodePort).toBeGreaterThanOrEqual(30086);
    expect(nodePort).toBeLessThanOrEqual(32767);
    expect(specOf(created).externalTrafficPolicy).toBe('Cluster');
    expect(statusMessage(() => server.create(SERVICES, 'default', svc('low', { type: 'NodePort', ports: [{ port: 80, nodePort: 80 }] }))))
      .toBe('Service "low" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767');
    expect(statusMessage(() => server.create(SERVICES, 'default', svc('dup', { type: 'NodePort', ports: [{ port: 80, nodePort }] }))))
      .toBe(`Service "dup" is invalid: spec.ports[0].nodePort: Invalid value: ${nodePort}: provided port is already allocated`);
  });

  it('gives headless services clusterIPs [None] and ExternalName services no IP', () => {
    const server = testServer();
    expect(specOf(server.create(SERVICES, 'default', svc('h', { clusterIP: 'None', ports: [{ port: 80 }] })))).toMatchObject({ clusterIP: 'None', clusterIPs: ['None'] });
    const ext = specOf(server.create(SERVICES, 'default', svc('e', { type: 'ExternalName', externalName: 'example.com' })));
    expect(ext.clusterIP).toBeUndefined();
    expect(ext.ipFamilies).toBeUndefined();
  });
});

describe('service validation', () => {
  it('lists the supported types', () => {
    expect(statusMessage(() => testServer().create(SERVICES, 'default', svc('x', { type: 'Foo', ports: [{ port: 80 }] }))))
      .toBe('Service "x" is invalid: spec.type: Unsupported value: "Foo": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"');
  });

  it('requires port names when there are several ports', () => {
    expect(statusMessage(() => testServer().create(SERVICES, 'default', svc('x', { ports: [{ port: 80 }, { port: 443 }] }))))
      .toBe('Service "x" is invalid: [spec.ports[0].name: Required value, spec.ports[1].name: Required value]');
  });
});

describe('service updates', () => {
  it('keeps allocated values an update omits', () => {
    const server = testServer();
    const created = server.create(SERVICES, 'default', svc('np', { type: 'NodePort', ports: [{ name: 'http', port: 80 }] }));
    const replaced = server.update(SERVICES, 'default', svc('np', { type: 'NodePort', ports: [{ name: 'http', port: 80, targetPort: 8080 }] }));
    expect(specOf(replaced).clusterIP).toBe(specOf(created).clusterIP);
    expect(specOf(replaced).ports![0]!.nodePort).toBe(specOf(created).ports![0]!.nodePort);
  });

  it('refuses to change the clusterIP', () => {
    const server = testServer();
    server.create(SERVICES, 'default', svc('a', { clusterIP: '10.96.0.10', ports: [{ port: 80 }] }));
    expect(statusMessage(() => server.update(SERVICES, 'default', svc('a', { clusterIP: '10.96.0.11', ports: [{ port: 80 }] }))))
      .toBe('Service "a" is invalid: spec.clusterIPs[0]: Invalid value: []string{"10.96.0.11"}: may not change once set');
  });

  it('drops node ports when switching back to ClusterIP', () => {
    const server = testServer();
    const created = server.create(SERVICES, 'default', svc('s', { type: 'NodePort', ports: [{ port: 80 }] }));
    const next = structuredClone(created);
    specOf(next).type = 'ClusterIP';
    const updated = server.update(SERVICES, 'default', next);
    expect(specOf(updated).ports![0]!.nodePort).toBeUndefined();
    expect(specOf(updated).externalTrafficPolicy).toBeUndefined();
  });

  it('selects services by type and clusterIP', () => {
    const server = testServer();
    server.create(SERVICES, 'default', svc('a', { clusterIP: '10.96.0.20', ports: [{ port: 80 }] }));
    server.create(SERVICES, 'default', svc('b', { type: 'NodePort', ports: [{ port: 80 }] }));
    expect(server.list(SERVICES, 'default', { fieldSelector: 'spec.type=NodePort' }).items.map((s) => s.metadata.name)).toEqual(['b']);
    expect(server.list(SERVICES, 'default', { fieldSelector: 'spec.clusterIP=10.96.0.20' }).items.map((s) => s.metadata.name)).toEqual(['a']);
  });
});
