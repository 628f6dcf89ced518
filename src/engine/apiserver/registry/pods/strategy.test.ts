import { describe, expect, it } from 'vitest';
import { resource, statusMessage, testServer, pod } from '../testing/server.ts';
import type { StatusError } from '../../../api/errors.ts';

const PODS = resource('', 'pods');

describe('pod defaults and admission', () => {
  it('fills the defaults a real server shows after create', () => {
    const server = testServer();
    const created = server.create(PODS, 'default', pod('web', { containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 80 }] }] }));
    const spec = created.spec as Record<string, unknown>;
    expect(spec).toMatchObject({
      dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', schedulerName: 'default-scheduler', securityContext: {},
      terminationGracePeriodSeconds: 30, enableServiceLinks: true, serviceAccountName: 'default', serviceAccount: 'default',
      priority: 0, preemptionPolicy: 'PreemptLowerPriority',
    });
    const [container] = spec.containers as Array<Record<string, unknown>>;
    expect(container).toMatchObject({
      imagePullPolicy: 'Always', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', resources: {},
      ports: [{ containerPort: 80, protocol: 'TCP' }],
    });
    expect(created.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
  });

  it('mounts the projected service account token in every container', () => {
    const server = testServer();
    const created = server.create(PODS, 'default', pod('web', {
      initContainers: [{ name: 'init', image: 'busybox:1.36' }],
      containers: [{ name: 'web', image: 'nginx:1.27' }],
    }));
    const spec = created.spec as { volumes: Array<Record<string, unknown>>; containers: Array<Record<string, unknown>>; initContainers: Array<Record<string, unknown>> };
    const volume = spec.volumes[0]!;
    expect(volume.name).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(volume.projected).toEqual({
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
    });
    const mount = { name: volume.name, readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' };
    expect(spec.containers[0]!.volumeMounts).toEqual([mount]);
    expect(spec.initContainers[0]!.volumeMounts).toEqual([mount]);
    expect(spec.containers[0]!.imagePullPolicy).toBe('IfNotPresent');
  });

  it('adds the not-ready and unreachable tolerations', () => {
    const created = testServer().create(PODS, 'default', pod('web', { containers: [{ name: 'web', image: 'nginx' }] }));
    expect((created.spec as { tolerations: unknown[] }).tolerations).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ]);
  });

  it('rejects an unknown service account with the admission message', () => {
    const server = testServer();
    const message = statusMessage(() => server.create(PODS, 'default', pod('x', { serviceAccountName: 'foo', containers: [{ name: 'c', image: 'nginx' }] })));
    expect(message).toBe('pods "x" is forbidden: error looking up service account default/foo: serviceaccount "foo" not found');
  });

  it('rejects an unknown priority class', () => {
    const server = testServer();
    const message = statusMessage(() => server.create(PODS, 'default', pod('x', { priorityClassName: 'gold', containers: [{ name: 'c', image: 'nginx' }] })));
    expect(message).toBe('pods "x" is forbidden: no PriorityClass with name gold was found');
  });

  it('computes the QoS class and copies limits into missing requests', () => {
    const server = testServer();
    const created = server.create(PODS, 'default', pod('g', { containers: [{ name: 'c', image: 'nginx', resources: { limits: { cpu: '0.5', memory: '128Mi' } } }] }));
    expect((created.spec as { containers: Array<{ resources: unknown }> }).containers[0]!.resources).toEqual({
      limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '500m', memory: '128Mi' },
    });
    expect((created.status as { qosClass: string }).qosClass).toBe('Guaranteed');
    const burst = server.create(PODS, 'default', pod('b', { containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: '100m' } } }] }));
    expect((burst.status as { qosClass: string }).qosClass).toBe('Burstable');
  });
});

describe('pod validation', () => {
  const invalid = (spec: Record<string, unknown>): StatusError => {
    try {
      testServer().create(PODS, 'default', pod('x', spec));
    } catch (e) {
      return e as StatusError;
    }
    throw new Error('expected an Invalid error');
  };

  it('requires containers and images', () => {
    expect(invalid({ containers: [] }).message).toBe('Pod "x" is invalid: spec.containers: Required value');
    const err = invalid({ containers: [{ name: 'c' }] });
    expect(err.message).toBe('Pod "x" is invalid: spec.containers[0].image: Required value');
    expect(err.status.details?.causes).toEqual([{ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.containers[0].image' }]);
  });

  it('reports unsupported policies with the supported values', () => {
    expect(invalid({ restartPolicy: 'Sometimes', containers: [{ name: 'c', image: 'nginx' }] }).message)
      .toBe('Pod "x" is invalid: spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"');
    expect(invalid({ containers: [{ name: 'c', image: 'nginx', imagePullPolicy: 'Sometimes' }] }).message)
      .toBe('Pod "x" is invalid: spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"');
  });

  it('finds volume mounts that name no volume', () => {
    expect(invalid({ containers: [{ name: 'c', image: 'nginx', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] }).message)
      .toBe('Pod "x" is invalid: spec.containers[0].volumeMounts[0].name: Not found: "data"');
  });

  it('checks names, duplicates, ports and requests against limits', () => {
    const err = invalid({
      containers: [
        { name: 'Web', image: 'nginx', ports: [{ containerPort: 70000 }] },
        { name: 'db', image: 'mysql', resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } },
        { name: 'db', image: 'mysql' },
      ],
    });
    expect(err.status.details?.causes?.map((c) => `${c.field}: ${c.message}`)).toEqual([
      'spec.containers[0].name: Invalid value: "Web": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or \'-\', and must start and end with an alphanumeric character (e.g. \'my-name\',  or \'123-abc\', regex used for validation is \'[a-z0-9]([-a-z0-9]*[a-z0-9])?\')',
      'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      'spec.containers[1].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1',
      'spec.containers[2].name: Duplicate value: "db"',
    ]);
  });

  it('rejects a malformed quantity as a decode error', () => {
    const err = invalid({ containers: [{ name: 'c', image: 'nginx', resources: { limits: { memory: '1Gb' } } }] });
    expect(err.reason).toBe('BadRequest');
    expect(err.message).toBe('Pod in version "v1" cannot be handled as a Pod: quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\'');
  });
});

describe('pod updates', () => {
  it('allows image changes and forbids everything else', () => {
    const server = testServer();
    const created = server.create(PODS, 'default', pod('web', { containers: [{ name: 'web', image: 'nginx:1.26' }] }));
    const next = structuredClone(created);
    (next.spec as { containers: Array<{ image: string }> }).containers[0]!.image = 'nginx:1.27';
    expect((server.update(PODS, 'default', next).spec as { containers: Array<{ image: string }> }).containers[0]!.image).toBe('nginx:1.27');
    const moved = structuredClone(server.get(PODS, 'default', 'web'));
    (moved.spec as { containers: Array<{ ports?: unknown[] }> }).containers[0]!.ports = [{ containerPort: 80 }];
    expect(statusMessage(() => server.update(PODS, 'default', moved))).toBe('Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)');
  });

  it('supports the pod field selectors', () => {
    const server = testServer();
    server.create(PODS, 'default', pod('a', { nodeName: 'node01', containers: [{ name: 'c', image: 'nginx' }] }));
    server.create(PODS, 'default', pod('b', { containers: [{ name: 'c', image: 'nginx' }] }));
    const names = (selector: string): string[] => server.list(PODS, 'default', { fieldSelector: selector }).items.map((p) => p.metadata.name!);
    expect(names('spec.nodeName=node01')).toEqual(['a']);
    expect(names('status.phase=Pending,spec.nodeName!=node01')).toEqual(['b']);
    expect(names('spec.hostNetwork=false')).toEqual(['a', 'b']);
  });
});
