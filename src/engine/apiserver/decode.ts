// Turns a request body into a private, typed copy, applying strict field validation
// (the API server's default for kubectl since 1.27): unknown fields and type mismatches are rejected.

import { badRequest } from '../api/errors.ts';
import type { ResourceInfo } from '../api/kinds.ts';
import { splitApiVersion, type KubeObject } from '../api/types.ts';
import { clone, isPlainObject } from '../base/json.ts';

export interface DecodeResult {
  readonly unknownFields: readonly string[];
  readonly typeError?: string;
}

/** Checks a body against the kind's schema (see api/schema). */
export type Decoder = (group: string, version: string, kind: string, obj: unknown) => DecodeResult;

export function decodeBody(info: ResourceInfo, body: unknown, decoder: Decoder): KubeObject {
  if (!isPlainObject(body)) throw badRequest('the body of the request was in an unknown format - accepted media types include: application/json, application/yaml');
  const obj = clone(body) as Record<string, unknown>;
  const kind = typeof obj.kind === 'string' && obj.kind !== '' ? obj.kind : info.kind;
  const apiVersion = typeof obj.apiVersion === 'string' && obj.apiVersion !== '' ? obj.apiVersion : `${info.group ? `${info.group}/` : ''}${info.version}`;
  const { group, version } = splitApiVersion(apiVersion);
  const cannot = `${kind} in version "${version}" cannot be handled as a ${kind}`;
  if (obj.metadata !== undefined && !isPlainObject(obj.metadata)) {
    throw badRequest(`${cannot}: json: cannot unmarshal ${jsonType(obj.metadata)} into Go struct field ${kind}.metadata of type v1.ObjectMeta`);
  }
  const result = decoder(group, version, kind, obj);
  if (result.typeError) throw badRequest(`${cannot}: ${result.typeError}`);
  if (result.unknownFields.length > 0) {
    throw badRequest(`${cannot}: strict decoding error: ${result.unknownFields.map((f) => `unknown field "${f}"`).join(', ')}`);
  }
  obj.apiVersion = apiVersion;
  obj.kind = kind;
  obj.metadata = (obj.metadata as object | undefined) ?? {};
  return obj as KubeObject;
}

export function jsonType(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'object';
  return typeof v;
}
