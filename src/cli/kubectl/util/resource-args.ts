// Resolves the TYPE[.VERSION][.GROUP] [NAME...] | TYPE/NAME ... arguments kubectl verbs take,
// with kubectl's errors for unknown types and mixed forms.

import { BUILT_IN_KINDS, type Kinds, type ResourceInfo } from '../../../engine/index.ts';
import { KubectlError } from '../command.ts';

export interface ResourceSelection {
  readonly info: ResourceInfo;
  /** Empty means "all of this type". */
  readonly names: readonly string[];
}

/** The `all` category of `kubectl get all`. */
const ALL_CATEGORY = ['pods', 'replicationcontrollers', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets', 'horizontalpodautoscalers', 'cronjobs', 'jobs'];

/** `kinds` is the server's discovery (`ctx.client.kinds()`), so custom resources resolve too. */
export function resolveType(typed: string, kinds: Kinds = BUILT_IN_KINDS): ResourceInfo {
  const info = kinds.resolveResource(typed);
  if (!info) throw new KubectlError(`the server doesn't have a resource type "${typed}"`);
  return info;
}

export function expandTypes(typed: string, kinds: Kinds = BUILT_IN_KINDS): ResourceInfo[] {
  return typed.split(',').flatMap((t) => (t === 'all' ? ALL_CATEGORY.map((r) => resolveType(r, kinds)) : [resolveType(t, kinds)]));
}

/** Parses verb arguments into selections, in the order given. */
export function parseResourceArgs(args: readonly string[], kinds: Kinds = BUILT_IN_KINDS): ResourceSelection[] {
  if (args.length === 0) return [];
  const slashed = args.filter((a) => a.includes('/'));
  if (slashed.length > 0) {
    if (slashed.length !== args.length) {
      throw new KubectlError('there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. \'kubectl get resource/<resource_name>\' instead of \'kubectl get resource resource/<resource_name>\'');
    }
    return args.map((a) => {
      const slash = a.indexOf('/');
      const name = a.slice(slash + 1);
      if (name === '') throw new KubectlError(`arguments in resource/name form must have a single resource and name`);
      return { info: resolveType(a.slice(0, slash), kinds), names: [name] };
    });
  }
  const [types, ...names] = args;
  const infos = expandTypes(types!, kinds);
  if (names.length > 0 && infos.length > 1) {
    throw new KubectlError('arguments in resource/name form must have a single resource and name');
  }
  return infos.map((info) => ({ info, names }));
}

/** `deployment.apps`, `pod`: how name printers and messages qualify a kind. */
export function kindGroup(info: ResourceInfo): string {
  const kind = info.kind.toLowerCase();
  return info.group === '' ? kind : `${kind}.${info.group}`;
}

/** `deployments.apps`, `pods`: the qualified resource. */
export function resourceGroup(info: ResourceInfo): string {
  return info.group === '' ? info.resource : `${info.resource}.${info.group}`;
}
