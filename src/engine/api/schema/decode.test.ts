import { describe, expect, test } from 'vitest';
import { decodeResultMessage, strictDecode, strictDecodingMessage } from './decode.ts';

const decode = (group: string, version: string, kind: string, obj: unknown): string | undefined =>
  decodeResultMessage(kind, version, strictDecode(group, version, kind, obj));

const deployment = (spec: unknown, metadata: unknown = { name: 'web' }) => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata, spec });

describe('unknown fields', () => {
  test('reports full paths in order of appearance, with list indexes', () => {
    const obj = deployment({
      replica: 3,
      template: { spec: { containers: [{ name: 'a', image: 'nginx' }, { name: 'b', imagePullPolice: 'Always', portz: [] }] } },
      foo: true,
    }, { name: 'web', labelz: { app: 'web' } });
    expect(strictDecode('apps', 'v1', 'Deployment', obj)).toEqual({
      unknownFields: ['metadata.labelz', 'spec.replica', 'spec.template.spec.containers[1].imagePullPolice',
        'spec.template.spec.containers[1].portz', 'spec.foo'],
    });
  });

  test('builds the strict decoding message', () => {
    expect(decode('apps', 'v1', 'Deployment', deployment({ replica: 3, foo: 1 }))).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica", unknown field "spec.foo"');
    expect(strictDecodingMessage('Pod', 'v1', ['metadata.labelz'])).toBe(
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "metadata.labelz"');
  });

  test('nested lists and maps of structs keep every index and key in the path', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: {
      containers: [{ name: 'a', ports: [{ containerPort: 80 }, { containerPort: 81, hostPortz: 1 }] }],
      volumes: [{ name: 'v', configMap: { name: 'c', itemz: [] } }],
    } };
    expect(strictDecode('', 'v1', 'Pod', pod).unknownFields).toEqual([
      'spec.containers[0].ports[1].hostPortz',
      'spec.volumes[0].configMap.itemz',
    ]);
  });

  test('allows apiVersion, kind and status; does not look inside an unknown field', () => {
    const obj = deployment({ replicas: 1 });
    expect(strictDecode('apps', 'v1', 'Deployment', { ...obj, status: { replicas: 1 }, extra: { nested: { deeper: 1 } } }))
      .toEqual({ unknownFields: ['extra'] });
  });

  test('reports a repeated path once', () => {
    expect(strictDecode('', 'v1', 'ConfigMap', { metadata: { name: 'c' }, date: {}, data: {} }).unknownFields).toEqual(['date']);
  });
});

describe('type errors', () => {
  test('a string where an int32 is expected names the innermost struct and the JSON path', () => {
    expect(decode('apps', 'v1', 'Deployment', deployment({ replicas: '3' }))).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32');
    expect(decode('', 'v1', 'Pod', { spec: { containers: [{ name: 'a', ports: [{ containerPort: '80' }] }] } })).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32');
  });

  test('a number where a string is expected', () => {
    expect(decode('', 'v1', 'Pod', { spec: { containers: [{ name: 'a', image: 5 }] } })).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string');
    expect(decode('', 'v1', 'Pod', { metadata: { labels: { version: 1.5 } } })).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string');
  });

  test('Go type names: int64, named string types, slices, structs', () => {
    const pod = (spec: unknown) => decode('', 'v1', 'Pod', { spec });
    expect(pod({ terminationGracePeriodSeconds: 'x' })).toContain('Go struct field PodSpec.spec.terminationGracePeriodSeconds of type int64');
    expect(pod({ restartPolicy: 1 })).toContain('json: cannot unmarshal number into Go struct field PodSpec.spec.restartPolicy of type v1.RestartPolicy');
    expect(pod({ containers: [{ name: 'a', command: 'sleep 10' }] })).toContain('cannot unmarshal string into Go struct field Container.spec.containers.command of type []string');
    expect(pod({ containers: { name: 'a' } })).toContain('cannot unmarshal object into Go struct field PodSpec.spec.containers of type []v1.Container');
    expect(pod([])).toContain('cannot unmarshal array into Go struct field Pod.spec of type v1.PodSpec');
    expect(pod({ nodeSelector: 'disk=ssd' })).toContain('cannot unmarshal string into Go struct field PodSpec.spec.nodeSelector of type map[string]string');
    expect(pod({ containers: [{ name: 'a', resources: { limits: '1' } }] })).toContain('ResourceRequirements.spec.containers.resources.limits of type v1.ResourceList');
    expect(pod({ hostNetwork: 'true' })).toContain('cannot unmarshal string into Go struct field PodSpec.spec.hostNetwork of type bool');
  });

  test('numbers that are not integers of the Go type print their literal', () => {
    expect(decode('apps', 'v1', 'Deployment', deployment({ replicas: 1.5 }))).toContain(
      'json: cannot unmarshal number 1.5 into Go struct field DeploymentSpec.spec.replicas of type int32');
    expect(decode('apps', 'v1', 'Deployment', deployment({ replicas: 3000000000 }))).toContain('number 3000000000 into');
  });

  test('only the first type error is reported, and it wins over unknown fields', () => {
    expect(decode('apps', 'v1', 'Deployment', deployment({ foo: 1, replicas: 'a', minReadySeconds: 'b' }))).toBe(
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32');
  });

  test('null is accepted anywhere', () => {
    expect(strictDecode('', 'v1', 'Pod', { metadata: { creationTimestamp: null, labels: null }, spec: { containers: null } })).toEqual({ unknownFields: [] });
  });
});

describe('types with their own JSON decoding', () => {
  test('quantities accept strings and numbers; a malformed one fails the whole decode', () => {
    const pod = (limits: unknown) => decode('', 'v1', 'Pod', { spec: { containers: [{ name: 'a', resources: { limits } }] } });
    expect(pod({ cpu: '500m', memory: 128974848, 'nvidia.com/gpu': 1 })).toBeUndefined();
    expect(pod({ memory: 'abc' })).toBe(
      "Pod in version \"v1\" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    expect(pod({ memory: '512Mb' })).toContain('quantities must match the regular expression');
    expect(pod({ memory: '1K' })).toContain("unable to parse quantity's suffix");
  });

  test('int-or-string accepts both; other JSON fails with the field context of int32', () => {
    const svc = (targetPort: unknown) => decode('', 'v1', 'Service', { spec: { ports: [{ port: 80, targetPort }] } });
    expect(svc('http')).toBeUndefined();
    expect(svc(8080)).toBeUndefined();
    expect(svc(true)).toBe(
      'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal bool into Go struct field ServicePort.spec.ports.targetPort of type int32');
    expect(svc(80.5)).toContain('cannot unmarshal number 80.5 into Go struct field ServicePort.spec.ports.targetPort of type int32');
  });

  test('a custom decoder error wins over an earlier type error', () => {
    expect(decode('', 'v1', 'Service', { spec: { type: 1, ports: [{ port: 80, targetPort: {} }] } })).toContain(
      'cannot unmarshal object into Go struct field ServicePort.spec.ports.targetPort of type int32');
  });

  test('times must be strings', () => {
    expect(decode('', 'v1', 'Pod', { metadata: { creationTimestamp: 5 } })).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field ObjectMeta.metadata.creationTimestamp of type string');
  });

  test('Secret data must be base64', () => {
    expect(decode('', 'v1', 'Secret', { data: { user: 'YWRtaW4=' }, stringData: { password: 'plain' } })).toBeUndefined();
    expect(decode('', 'v1', 'Secret', { data: { password: 'admin' } })).toBe(
      'Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 4');
    expect(decode('', 'v1', 'Secret', { data: { password: 123 } })).toContain(
      'cannot unmarshal number into Go struct field Secret.data of type []uint8');
  });

  test('RawExtension takes any JSON', () => {
    expect(strictDecode('apps', 'v1', 'ControllerRevision', { revision: 1, data: { anything: [1, 'x'] } })).toEqual({ unknownFields: [] });
  });
});

test('every kind of the registry has a schema, including APIService', () => {
  expect(strictDecode('apiregistration.k8s.io', 'v1', 'APIService', { spec: { groupPriorityMinimum: 1, versionPriority: 1, servic: {} } }))
    .toEqual({ unknownFields: ['spec.servic'] });
});
