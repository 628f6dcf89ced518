import { describe, expect, it } from 'vitest';
import type { StatusError } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { resource, statusMessage, testServer } from '../testing/server.ts';

const SECRETS = resource('', 'secrets');
const CONFIGMAPS = resource('', 'configmaps');
const secret = (name: string, extra: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name }, ...extra });
const configMap = (name: string, extra: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, ...extra });

describe('secrets', () => {
  it('defaults the type and merges stringData into data', () => {
    const created = testServer().create(SECRETS, 'default', secret('s', { data: { a: 'aGVs\nbG8=' }, stringData: { b: 'world' } }));
    expect(created.type).toBe('Opaque');
    expect(created.data).toEqual({ a: 'aGVsbG8=', b: 'd29ybGQ=' });
    expect(created.stringData).toBeUndefined();
  });

  it('rejects invalid base64 as a decode error', () => {
    let error: StatusError | undefined;
    try {
      testServer().create(SECRETS, 'default', secret('s', { data: { a: 'aGVsbG8' } }));
    } catch (e) {
      error = e as StatusError;
    }
    expect(error?.reason).toBe('BadRequest');
    expect(error?.message).toBe('Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 4');
  });

  it('requires the keys of typed secrets', () => {
    expect(statusMessage(() => testServer().create(SECRETS, 'default', secret('tls', { type: 'kubernetes.io/tls', data: {} }))))
      .toBe('Secret "tls" is invalid: [data[tls.crt]: Required value, data[tls.key]: Required value]');
    expect(statusMessage(() => testServer().create(SECRETS, 'default', secret('reg', { type: 'kubernetes.io/dockerconfigjson', stringData: { '.dockerconfigjson': 'nope' } }))))
      .toBe('Secret "reg" is invalid: data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": invalid character \'n\' looking for beginning of value');
  });

  it('keeps the type immutable and honours immutable: true', () => {
    const server = testServer();
    server.create(SECRETS, 'default', secret('s', { immutable: true, stringData: { a: 'b' } }));
    expect(statusMessage(() => server.update(SECRETS, 'default', secret('s', { type: 'kubernetes.io/basic-auth', immutable: true, stringData: { username: 'u' } }))))
      .toBe('Secret "s" is invalid: [type: Invalid value: "kubernetes.io/basic-auth": field is immutable, data: Forbidden: field is immutable when `immutable` is set]');
  });
});

describe('configmaps', () => {
  it('validates keys and duplicates with binaryData', () => {
    expect(statusMessage(() => testServer().create(CONFIGMAPS, 'default', configMap('c', { data: { 'bad key': 'x', dup: 'y' }, binaryData: { dup: 'eQ==' } }))))
      .toBe('ConfigMap "c" is invalid: [data[bad key]: Invalid value: "bad key": a valid config key must consist of alphanumeric characters, \'-\', \'_\' or \'.\' (e.g. \'key.name\',  or \'KEY_NAME\',  or \'key-name\', regex used for validation is \'[-._a-zA-Z0-9]+\'), data[dup]: Invalid value: "dup": duplicate of key present in binaryData]');
  });

  it('forbids changes once immutable', () => {
    const server = testServer();
    server.create(CONFIGMAPS, 'default', configMap('c', { immutable: true, data: { a: '1' } }));
    expect(statusMessage(() => server.update(CONFIGMAPS, 'default', configMap('c', { immutable: true, data: { a: '2' } }))))
      .toBe('ConfigMap "c" is invalid: data: Forbidden: field is immutable when `immutable` is set');
  });
});
