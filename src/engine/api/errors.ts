// API Status errors with the real reasons, codes and message shapes.
// Mirrors apimachinery pkg/api/errors and util/validation/field.

import type { StatusBody } from './types.ts';

export const StatusReason = {
  NotFound: 'NotFound',
  AlreadyExists: 'AlreadyExists',
  Conflict: 'Conflict',
  Invalid: 'Invalid',
  BadRequest: 'BadRequest',
  Forbidden: 'Forbidden',
  MethodNotAllowed: 'MethodNotAllowed',
  InternalError: 'InternalError',
  TooManyRequests: 'TooManyRequests',
} as const;
export type StatusReason = (typeof StatusReason)[keyof typeof StatusReason];

/** One validation failure: `<field>: <type>: <detail>` (field.Error). */
export interface FieldCause {
  readonly reason: 'FieldValueRequired' | 'FieldValueInvalid' | 'FieldValueNotSupported' | 'FieldValueForbidden'
    | 'FieldValueDuplicate' | 'FieldValueTooLong' | 'FieldValueTooMany' | 'FieldValueNotFound' | 'FieldValueTypeInvalid';
  readonly field: string;
  readonly message: string;
}

export class StatusError extends Error {
  override readonly name = 'StatusError';
  constructor(readonly status: StatusBody & { reason: string; code: number; message: string }) {
    super(status.message);
  }
  get reason(): string {
    return this.status.reason;
  }
  get code(): number {
    return this.status.code;
  }
}

export function isStatusError(e: unknown): e is StatusError {
  return e instanceof StatusError;
}

const status = (reason: StatusReason, code: number, message: string, details?: StatusBody['details']): StatusError =>
  new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code, ...(details ? { details } : {}) });

/** The qualified resource as messages print it: `pods`, `deployments.apps`. */
export function qualifiedResource(group: string, resource: string): string {
  return group === '' ? resource : `${resource}.${group}`;
}

export function notFound(group: string, resource: string, name: string): StatusError {
  return status(StatusReason.NotFound, 404, `${qualifiedResource(group, resource)} "${name}" not found`,
    { name, group, kind: resource });
}

export function alreadyExists(group: string, resource: string, name: string): StatusError {
  return status(StatusReason.AlreadyExists, 409, `${qualifiedResource(group, resource)} "${name}" already exists`,
    { name, group, kind: resource });
}

export function conflict(group: string, resource: string, name: string, detail: string): StatusError {
  return status(StatusReason.Conflict, 409,
    `Operation cannot be fulfilled on ${qualifiedResource(group, resource)} "${name}": ${detail}`, { name, group, kind: resource });
}

export const CONFLICT_MODIFIED = 'the object has been modified; please apply your changes to the latest version and try again';

export function badRequest(message: string): StatusError {
  return status(StatusReason.BadRequest, 400, message);
}

/** A 422 without details (NewGenericServerResponse), e.g. a JSON patch operation that does not apply. */
export function unprocessable(): StatusError {
  return status(StatusReason.Invalid, 422, 'the server rejected our request due to an error in our request', { name: '', group: '', kind: '' });
}

export function methodNotAllowed(message: string): StatusError {
  return status(StatusReason.MethodNotAllowed, 405, message);
}

export function forbidden(group: string, resource: string, name: string, message: string): StatusError {
  const target = name === '' ? qualifiedResource(group, resource) : `${qualifiedResource(group, resource)} "${name}"`;
  return status(StatusReason.Forbidden, 403, `${target} is forbidden: ${message}`, { name, group, kind: resource });
}

export function internalError(message: string): StatusError {
  return status(StatusReason.InternalError, 500, `Internal error occurred: ${message}`);
}

/** field.ErrorList.ToAggregate().Error(): causes joined by ", ", wrapped in [] when more than one. */
export function aggregateCauses(causes: readonly FieldCause[]): string {
  const unique = [...new Set(causes.map((c) => `${c.field}: ${c.message}`))];
  return unique.length === 1 ? unique[0]! : `[${unique.join(', ')}]`;
}

/** `<Kind>.<group> "<name>" is invalid: <causes>` (NewInvalid). */
export function invalid(group: string, kind: string, name: string, causes: readonly FieldCause[]): StatusError {
  const qualifiedKind = group === '' ? kind : `${kind}.${group}`;
  return status(StatusReason.Invalid, 422, `${qualifiedKind} "${name}" is invalid: ${aggregateCauses(causes)}`, {
    name, group, kind,
    causes: causes.map((c) => ({ reason: c.reason, message: c.message, field: c.field })),
  });
}

// field.Error bodies (the part after `<field>: `).
export const field = {
  required: (path: string, detail = ''): FieldCause =>
    ({ reason: 'FieldValueRequired', field: path, message: detail ? `Required value: ${detail}` : 'Required value' }),
  invalid: (path: string, value: unknown, detail: string): FieldCause =>
    ({ reason: 'FieldValueInvalid', field: path, message: `Invalid value: ${goValue(value)}${detail ? `: ${detail}` : ''}` }),
  notSupported: (path: string, value: unknown, supported: readonly string[]): FieldCause => ({
    reason: 'FieldValueNotSupported', field: path,
    message: `Unsupported value: ${goValue(value)}${supported.length ? `: supported values: ${supported.map((s) => `"${s}"`).join(', ')}` : ''}`,
  }),
  forbidden: (path: string, detail: string): FieldCause =>
    ({ reason: 'FieldValueForbidden', field: path, message: `Forbidden: ${detail}` }),
  duplicate: (path: string, value: unknown): FieldCause =>
    ({ reason: 'FieldValueDuplicate', field: path, message: `Duplicate value: ${goValue(value)}` }),
  tooLong: (path: string, max: number): FieldCause =>
    ({ reason: 'FieldValueTooLong', field: path, message: `Too long: must have at most ${max} bytes` }),
  notFound: (path: string, value: unknown): FieldCause =>
    ({ reason: 'FieldValueNotFound', field: path, message: `Not found: ${goValue(value)}` }),
  typeInvalid: (path: string, value: unknown, detail: string): FieldCause =>
    ({ reason: 'FieldValueTypeInvalid', field: path, message: `Invalid value: ${goValue(value)}: ${detail}` }),
};

/** How field errors print a value: strings quoted, numbers and booleans bare, maps in Go %#v form. */
export function goValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[]${value.length === 0 ? 'interface {}{}' : `string{${value.map((v) => JSON.stringify(v)).join(', ')}}`}`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (entries.every(([, v]) => typeof v === 'string')) {
    return `map[string]string{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}
