// How the API server decodes, validates and stores custom resources (apiextensions-apiserver's
// customresource strategy and crdHandler): the CRD's schema prunes, defaults and validates; the status
// subresource exists only when the served version declares it.

import { methodNotAllowed, StatusError, type FieldCause } from '../../api/errors.ts';
import type { ResourceInfo } from '../../api/kinds.ts';
import type { KubeObject } from '../../api/types.ts';
import { splitApiVersion } from '../../api/types.ts';
import type { Decoder } from '../decode.ts';
import type { AdmissionContext, ResourceStrategy } from '../strategy.ts';
import { CRD_GROUP, CRD_RESOURCE } from './crd-kinds.ts';
import { crdConditions } from './crd-strategy.ts';
import { pruneAndDefault, validateAgainstSchema, type SchemaProps } from './structural.ts';

function schemaOf(info: ResourceInfo, version: string): SchemaProps | undefined {
  const schemas = info.custom?.schemas ?? {};
  return (schemas[version] ?? schemas[info.version]) as SchemaProps | undefined;
}

/**
 * Prunes and defaults the body in place (always, as the real server does); unknown fields are an error
 * only under Strict field validation.
 */
export function customResourceDecoder(info: ResourceInfo, strict: boolean): Decoder {
  return (_group, version, _kind, obj) => {
    const schema = schemaOf(info, version);
    if (!schema) return { unknownFields: [] };
    const pruned = pruneAndDefault(schema, obj as Record<string, unknown>);
    return { unknownFields: strict ? pruned : [] };
  };
}

function validate(info: ResourceInfo, obj: KubeObject): FieldCause[] {
  const schema = schemaOf(info, splitApiVersion(obj.apiVersion).version);
  return schema ? validateAgainstSchema(schema, obj as unknown as Record<string, unknown>) : [];
}

function refuseWhileTerminating(info: ResourceInfo, ctx: AdmissionContext): void {
  const crd = ctx.get(CRD_GROUP, CRD_RESOURCE, undefined, info.custom?.crd ?? '');
  if (crd && crdConditions(crd).some((c) => c.type === 'Terminating' && c.status === 'True')) {
    throw methodNotAllowed('create not allowed while custom resource definition is terminating');
  }
}

export function customResourceStrategy(info: ResourceInfo): ResourceStrategy {
  return {
    hasStatus: info.custom?.statusSubresource ?? false,
    tracksGeneration: true,
    admit: (_obj, ctx) => refuseWhileTerminating(info, ctx),
    validate: (obj) => validate(info, obj),
    validateUpdate: (obj) => validate(info, obj),
  };
}

/** A strategic merge patch of a custom resource: there is no Go struct to read patch directives from. */
export function strategicPatchUnsupported(): StatusError {
  return new StatusError({
    kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', reason: 'UnsupportedMediaType', code: 415,
    message: 'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml',
  });
}
