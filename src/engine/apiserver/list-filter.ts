// Label and field selectors of list and watch requests, with the API server's errors. Mirrors apiserver
// handlers/get.go ListResource (v1.31): decoding ListOptions parses the label selector, then the field
// selector; then the kind's field label conversion (runtime.Scheme.ConvertFieldLabel) vets each field term.

import { badRequest, type StatusError } from '../api/errors.ts';
import type { ResourceInfo } from '../api/kinds.ts';
import {
  matchesRequirements, parseFieldSelector, parseLabelSelector, SelectorError, type FieldRequirement, type Requirement,
} from '../api/selectors.ts';
import { goQuote } from '../base/go-quote.ts';
import type { KubeObject } from '../api/types.ts';
import type { ResourceStrategy } from './strategy.ts';

export interface ListOptions {
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
}

type FieldGetter = (obj: KubeObject) => string;

export function compileListFilter(info: ResourceInfo, strategy: ResourceStrategy, opts: ListOptions): (obj: KubeObject) => boolean {
  const { labels, fields } = parseSelectors(info, opts);
  const terms = fields.map((f) => {
    const get = convertFieldLabel(info, strategy, f.field);
    if (typeof get === 'string') throw listError(info, opts, get);
    return { f, get };
  });
  return (obj) => {
    if (!matchesRequirements(labels, obj.metadata.labels)) return false;
    for (const { f, get } of terms) if ((get(obj) === f.value) !== (f.op === '=')) return false;
    return true;
  };
}

function parseSelectors(info: ResourceInfo, opts: ListOptions): { labels: Requirement[]; fields: FieldRequirement[] } {
  try {
    return { labels: parseLabelSelector(opts.labelSelector ?? ''), fields: parseFieldSelector(opts.fieldSelector ?? '') };
  } catch (e) {
    if (e instanceof SelectorError) throw listError(info, opts, e.message);
    throw e;
  }
}

/**
 * The field's getter, or the conversion's error. Kinds that register a field label conversion answer
 * `field label not supported`; the rest fall back to DefaultMetaV1FieldSelectorConversion.
 * Invariant: a registered conversion of a namespaced kind takes metadata.name and metadata.namespace;
 * of a cluster-scoped kind (Node, Namespace), metadata.name only.
 */
function convertFieldLabel(info: ResourceInfo, strategy: ResourceStrategy, field: string): FieldGetter | string {
  const own = strategy.fieldLabels;
  if (field === 'metadata.name') return (o) => o.metadata.name ?? '';
  if (field === 'metadata.namespace' && (own === undefined || info.namespaced)) return (o) => o.metadata.namespace ?? '';
  if (own === undefined) return `${goQuote(field)} is not a known field selector: only "metadata.name", "metadata.namespace"`;
  return Object.hasOwn(own, field) ? own[field]! : `field label not supported: ${field}`;
}

/**
 * A 400 with the server's message. Deviation from upstream: the message carries the prefix kubectl's
 * cli-runtime EnhanceListError adds, because every kubectl path that lists with a selector reaches the
 * server through here; the API server itself sends the bare message.
 */
function listError(info: ResourceInfo, opts: ListOptions, message: string): StatusError {
  const gvr = `${info.group}/${info.version}, Resource=${info.resource}`;
  const label = goQuote(opts.labelSelector ?? '');
  const field = goQuote(opts.fieldSelector ?? '');
  return badRequest(`Unable to find ${goQuote(gvr)} that match label selector ${label}, field selector ${field}: ${message}`);
}
