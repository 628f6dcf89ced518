// The part of cli-runtime's resource.Builder that `kubectl set` and `kubectl rollout` use: TYPE NAME… |
// TYPE/NAME… | -f files (read again from the server, as Latest() does, or taken as they are with
// --local), -l, and a bare TYPE that selects every object when allowed (ResourceTypeOrNameArgs).

import { matchesRequirements, parseLabelSelector, type KubeObject, type ResourceInfo } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { readManifests } from '../../util/manifests.ts';
import { ERR_MISSING_RESOURCE } from '../get/errors.ts';
import { fetchVisits, planVisits } from '../get/resource-builder.ts';

export const ERR_NO_NAME = 'resource(s) were provided, but no name was specified';
export const ERR_SELECTOR_NEEDS_RESOURCE = 'at least one resource must be specified to use a selector';
export const ERR_LOCAL_RESOURCE = "error: you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'";
export const ERR_ALL_AND_SELECTOR = 'cannot set --all and --selector at the same time';

export interface Target {
  readonly info: ResourceInfo;
  readonly obj: KubeObject;
}

export interface TargetQuery {
  readonly args: readonly string[];
  readonly filenames: readonly string[];
  readonly recursive: boolean;
  readonly selector: string;
  /** ResourceTypeOrNameArgs(allowEmptySelector): a bare TYPE selects everything of it. */
  readonly selectAll: boolean;
  /** --local: the objects of the -f files themselves; nothing is read from the server. */
  readonly local: boolean;
}

/** The builder flags as most set/rollout commands name them. */
export function targetQuery(parsed: ParsedArgs, args: readonly string[], selectAll: boolean): TargetQuery {
  return {
    args,
    filenames: flagList(parsed, 'filename'),
    recursive: flagBool(parsed, 'recursive'),
    selector: flagString(parsed, 'selector'),
    selectAll,
    local: flagBool(parsed, 'local'),
  };
}

/** The objects the query names, and the API errors met on the way (ContinueOnError). */
export function resolveTargets(ctx: KubectlContext, q: TargetQuery): { targets: Target[]; errors: unknown[] } {
  if (q.local) {
    if (q.args.length > 0) throw new KubectlError(ERR_LOCAL_RESOURCE);
    const manifests = readManifests(q.filenames, { fs: ctx.fs, cwd: ctx.cwd, home: ctx.home, stdin: ctx.io.stdin }, q.recursive);
    return { targets: manifests.map((m) => ({ info: m.info, obj: m.object })).filter((t) => selected(q.selector, t.obj)), errors: [] };
  }
  if (q.args.length === 0 && q.filenames.length === 0) {
    throw new KubectlError(q.selector !== '' ? ERR_SELECTOR_NEEDS_RESOURCE : ERR_MISSING_RESOURCE);
  }
  const plan = planVisits(ctx, { args: q.args, filenames: q.filenames, recursive: q.recursive, labelSelector: q.selector, fieldSelector: '', allNamespaces: false });
  if (plan.visits.some((v) => v.kind === 'list') && q.selector === '' && !q.selectAll) throw new KubectlError(ERR_NO_NAME);
  const { infos, errors } = fetchVisits(ctx, plan, { labelSelector: q.selector, fieldSelector: '' });
  const targets = infos.flatMap((f) => f.objects.map((obj) => ({ info: f.info, obj })));
  return { targets: q.filenames.length > 0 ? targets.filter((t) => selected(q.selector, t.obj)) : targets, errors };
}

function selected(selector: string, obj: KubeObject): boolean {
  return selector === '' || matchesRequirements(parseLabelSelector(selector), obj.metadata.labels ?? {});
}
