// Label and field selectors of list and watch requests, with the API server's errors.

import { badRequest } from '../api/errors.ts';
import type { ResourceInfo } from '../api/kinds.ts';
import { matchesRequirements, parseFieldSelector, parseLabelSelector, SelectorError } from '../api/selectors.ts';
import type { KubeObject } from '../api/types.ts';
import type { ResourceStrategy } from './strategy.ts';

export interface ListOptions {
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
}

export function compileListFilter(info: ResourceInfo, strategy: ResourceStrategy, opts: ListOptions): (obj: KubeObject) => boolean {
  try {
    const labels = parseLabelSelector(opts.labelSelector ?? '');
    const fields = parseFieldSelector(opts.fieldSelector ?? '');
    const getters = fields.map((f) => {
      const get = fieldGetter(strategy, f.field);
      if (!get) {
        const gvr = `${info.group}/${info.version}, Resource=${info.resource}`;
        throw badRequest(`Unable to find "${gvr}" that match label selector "${opts.labelSelector ?? ''}", field selector "${opts.fieldSelector ?? ''}": field label not supported: ${f.field}`);
      }
      return { get, f };
    });
    return (obj) => matchesRequirements(labels, obj.metadata.labels) &&
      getters.every(({ get, f }) => (get(obj) === f.value) === (f.op === '='));
  } catch (e) {
    if (e instanceof SelectorError) throw badRequest(`unable to parse requirement: ${e.message}`);
    throw e;
  }
}

function fieldGetter(strategy: ResourceStrategy, name: string): ((obj: KubeObject) => string) | undefined {
  if (name === 'metadata.name') return (o) => o.metadata.name ?? '';
  if (name === 'metadata.namespace') return (o) => o.metadata.namespace ?? '';
  return strategy.fieldLabels?.[name];
}
