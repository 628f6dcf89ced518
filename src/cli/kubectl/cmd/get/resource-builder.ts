// The part of cli-runtime's resource.Builder that get and describe use: turns arguments, -f files and
// selectors into visits (list a type, or get one object), with the builder's errors, then runs them
// against the API server continuing on errors, as ContinueOnError() does.

import { isStatusError, StatusError, type KubeObject, type ResourceInfo } from '../../../../engine/index.ts';
import { resolvePath } from '../../../fs/virtual-fs.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { metaString, readManifests } from '../../util/manifests.ts';
import { expandTypes, resolveType } from '../../util/resource-args.ts';
import {
  ERR_BY_NAME_ALL_NAMESPACES, ERR_COMBINED_ARGS, ERR_METHOD_NOT_ALLOWED, ERR_MORE_THAN_ONE_SLASH, ERR_NAME_WITH_PATH, ERR_NAME_WITH_SELECTOR,
  ERR_NAMESPACE_MISMATCH, ERR_ONLY_ONE_RESOURCE, ERR_RESOURCE_WITH_PATH, ERR_SINGLE_RESOURCE_AND_NAME, ERR_TUPLE_WITH_PATH, ERR_TUPLE_WITH_SELECTOR,
} from './errors.ts';

export interface BuilderOptions {
  readonly args: readonly string[];
  readonly filenames: readonly string[];
  readonly recursive: boolean;
  readonly labelSelector: string;
  readonly fieldSelector: string;
  readonly allNamespaces: boolean;
}

export type Visit =
  | { readonly kind: 'list'; readonly info: ResourceInfo; readonly namespace: string | undefined }
  | { readonly kind: 'name'; readonly info: ResourceInfo; readonly namespace: string | undefined; readonly name: string };

export interface VisitPlan {
  readonly visits: readonly Visit[];
  /** One name, one TYPE/NAME or one file: -o yaml prints the object itself rather than a List. */
  readonly singleItemImplied: boolean;
}

/** What one visit returned: a list (possibly empty) or one object. */
export interface FetchedInfo {
  readonly info: ResourceInfo;
  readonly namespace: string | undefined;
  readonly objects: readonly KubeObject[];
  readonly isList: boolean;
}

/** Plans the visits for `args` / `-f` (ResourceTypeOrNameArgs + FilenameParam + selectors). */
export function planVisits(ctx: KubectlContext, o: BuilderOptions): VisitPlan {
  const namespace = o.allNamespaces ? undefined : ctx.namespace;
  const scoped = (info: ResourceInfo): string | undefined => (info.namespaced ? namespace : undefined);
  if (o.filenames.length > 0) return planFiles(ctx, o);
  const { args } = o;
  if (args.some((a) => a.includes('/'))) {
    if (!args.every((a) => a.includes('/'))) throw new KubectlError(ERR_COMBINED_ARGS);
    if (o.labelSelector !== '' || o.fieldSelector !== '') throw new KubectlError(ERR_TUPLE_WITH_SELECTOR);
    const visits = args.map((a) => {
      const parts = a.split('/');
      if (parts.length > 2) throw new KubectlError(ERR_MORE_THAN_ONE_SLASH);
      if (parts[0] === '' || parts[1] === '') throw new KubectlError(ERR_SINGLE_RESOURCE_AND_NAME);
      return byName(resolveType(parts[0]!, ctx.client.kinds()), scoped, parts[1]!, o.allNamespaces);
    });
    return { visits, singleItemImplied: visits.length === 1 };
  }
  const [types, ...names] = args;
  const infos = dedupe(types!.split(',')).flatMap((t) => expandTypes(t, ctx.client.kinds()));
  if (names.length === 0) return { visits: infos.map((info) => ({ kind: 'list', info, namespace: scoped(info) })), singleItemImplied: false };
  if (o.labelSelector !== '' || o.fieldSelector !== '') throw new KubectlError(ERR_NAME_WITH_SELECTOR);
  if (infos.length > 1) throw new KubectlError(ERR_ONLY_ONE_RESOURCE);
  return { visits: names.map((n) => byName(infos[0]!, scoped, n, o.allNamespaces)), singleItemImplied: names.length === 1 };
}

function byName(info: ResourceInfo, scoped: (i: ResourceInfo) => string | undefined, name: string, allNamespaces: boolean): Visit {
  if (info.namespaced && allNamespaces) throw new KubectlError(ERR_BY_NAME_ALL_NAMESPACES);
  return { kind: 'name', info, namespace: scoped(info), name };
}

function dedupe(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function planFiles(ctx: KubectlContext, o: BuilderOptions): VisitPlan {
  if (o.args.some((a) => a.includes('/'))) throw new KubectlError(ERR_TUPLE_WITH_PATH);
  if (o.args.length > 1) throw new KubectlError(ERR_NAME_WITH_PATH);
  if (o.args.length === 1) throw new KubectlError(ERR_RESOURCE_WITH_PATH);
  const manifests = readManifests(o.filenames, { fs: ctx.fs, cwd: ctx.cwd, home: ctx.home, stdin: ctx.io.stdin, kinds: ctx.client.kinds() }, o.recursive);
  const visits = manifests.map(({ info, object }): Visit => {
    const own = metaString(object, 'namespace');
    if (info.namespaced && own && ctx.namespaceExplicit && own !== ctx.namespace) {
      throw new KubectlError(ERR_NAMESPACE_MISMATCH(own, ctx.namespace));
    }
    return { kind: 'name', info, namespace: info.namespaced ? own || ctx.namespace : undefined, name: metaString(object, 'name') };
  });
  const first = o.filenames[0]!;
  const single = o.filenames.length === 1 && first !== '-' && ctx.fs.stat(resolvePath(ctx.cwd, first, ctx.home))?.type === 'file';
  return { visits, singleItemImplied: single };
}

/** Runs every visit, collecting API errors instead of stopping at the first (ContinueOnError). */
export function fetchVisits(ctx: KubectlContext, plan: VisitPlan, o: Pick<BuilderOptions, 'labelSelector' | 'fieldSelector'>): { infos: FetchedInfo[]; errors: unknown[] } {
  const infos: FetchedInfo[] = [];
  const errors: unknown[] = [];
  for (const visit of plan.visits) {
    try {
      infos.push(fetchVisit(ctx, visit, o));
    } catch (e) {
      if (!isStatusError(e)) throw e;
      errors.push(e);
    }
  }
  return { infos, errors };
}

export function fetchVisit(ctx: KubectlContext, visit: Visit, o: Pick<BuilderOptions, 'labelSelector' | 'fieldSelector'>): FetchedInfo {
  const { info, namespace } = visit;
  const server = ctx.client.server;
  if (visit.kind === 'list') {
    if (!info.verbs.includes('list')) throw methodNotAllowed();
    const list = server.list(info, namespace, { labelSelector: o.labelSelector, fieldSelector: o.fieldSelector });
    return { info, namespace, objects: list.items, isList: true };
  }
  if (!info.verbs.includes('get')) throw methodNotAllowed();
  return { info, namespace, objects: [server.get(info, namespace, visit.name)], isList: false };
}

function methodNotAllowed(): StatusError {
  return new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: ERR_METHOD_NOT_ALLOWED, reason: 'MethodNotAllowed', code: 405 });
}

/** Whether the objects came from more than one kind (kubectl then prefixes names with `kind/`). */
export function multipleKinds(infos: readonly FetchedInfo[]): boolean {
  return infos.some((i) => i.info !== infos[0]!.info);
}
