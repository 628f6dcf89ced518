// `kubectl describe` (kubectl pkg/cmd/describe): resolves the objects like get does, describes each
// with its kind's describer (two blank lines between them) and, when `TYPE NAME` names nothing,
// describes every object whose name starts with NAME.

import { isStatusError, type KubeObject } from '../../../../engine/index.ts';
import { KubectlError, type KubectlCommand, type KubectlContext } from '../../command.ts';
import { describerFor } from '../../describe/registry.ts';
import type { DescriberSettings } from '../../describe/types.ts';
import { flagBool, flagList, flagString, type ParsedArgs } from '../../flags.ts';
import { renderHelp } from '../../util/help.ts';
import { resolveType } from '../../util/resource-args.ts';
import { KUSTOMIZE_UNSUPPORTED } from '../get/errors.ts';
import { reportErrors } from '../get/options.ts';
import { fetchVisits, planVisits, type BuilderOptions, type FetchedInfo } from '../get/resource-builder.ts';
import { DESCRIBE_HELP } from './help.ts';

export const MUST_SPECIFY_DESCRIBE_TYPE = 'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.';

export const DESCRIBE_COMMAND: KubectlCommand = {
  name: 'describe',
  short: DESCRIBE_HELP.short,
  help: renderHelp('kubectl describe', DESCRIBE_HELP),
  flags: DESCRIBE_HELP.flags,
  run(ctx, parsed) {
    const builder = builderOptions(parsed);
    if (flagString(parsed, 'kustomize') !== '') throw new KubectlError(KUSTOMIZE_UNSUPPORTED);
    if (builder.args.length === 0 && builder.filenames.length === 0) throw new KubectlError(MUST_SPECIFY_DESCRIBE_TYPE);
    const settings: DescriberSettings = { showEvents: parsed.flags.get('show-events') !== false };
    const plan = planVisits(ctx, builder);
    const { infos, errors } = fetchVisits(ctx, plan, builder);
    if (errors.length > 0 && builder.args.length === 2 && errors.every((e) => isStatusError(e) && e.reason === 'NotFound')) {
      return describeMatching(ctx, settings, builder.args[0]!, builder.args[1]!, errors[0]);
    }
    return describeAll(ctx, settings, builder, infos, errors);
  },
};

function builderOptions(parsed: ParsedArgs): BuilderOptions {
  return {
    args: parsed.args,
    filenames: flagList(parsed, 'filename'),
    recursive: flagBool(parsed, 'recursive'),
    labelSelector: flagString(parsed, 'selector').trim(),
    fieldSelector: '',
    allNamespaces: flagBool(parsed, 'all-namespaces'),
  };
}

function describeAll(ctx: KubectlContext, settings: DescriberSettings, builder: BuilderOptions, infos: readonly FetchedInfo[], fetchErrors: readonly unknown[]): number {
  const errors: unknown[] = [...fetchErrors];
  const seen = new Set<string>();
  let first = true;
  let count = 0;
  for (const fetched of infos) {
    for (const obj of fetched.objects) {
      count++;
      const text = describeOne(ctx, settings, fetched, obj, errors, seen);
      if (text === undefined) continue;
      ctx.io.stdout.write(first ? text : `\n\n${text}`);
      first = false;
    }
  }
  if (count === 0 && errors.length === 0) {
    ctx.io.stderr.write(builder.allNamespaces ? 'No resources found\n' : `No resources found in ${ctx.namespace} namespace.\n`);
  }
  return reportErrors(ctx, errors);
}

function describeOne(ctx: KubectlContext, settings: DescriberSettings, fetched: FetchedInfo, obj: KubeObject, errors: unknown[], seen: Set<string>): string | undefined {
  try {
    return describerFor(fetched.info)({ ctx, settings, info: fetched.info, namespace: obj.metadata.namespace, name: obj.metadata.name ?? '' });
  } catch (e) {
    if (!isStatusError(e)) throw e;
    if (!seen.has(e.message)) {
      seen.add(e.message);
      errors.push(e);
    }
    return undefined;
  }
}

/** DescribeMatchingResources: every object of the type whose name has the prefix, or the original error. */
function describeMatching(ctx: KubectlContext, settings: DescriberSettings, type: string, prefix: string, original: unknown): number {
  const info = resolveType(type, ctx.client.kinds());
  const namespace = info.namespaced ? ctx.namespace : undefined;
  const objects = ctx.client.server.list(info, namespace).items.filter((o) => (o.metadata.name ?? '').startsWith(prefix));
  if (objects.length === 0) throw original;
  for (const obj of objects) {
    const text = describerFor(info)({ ctx, settings, info, namespace: obj.metadata.namespace, name: obj.metadata.name ?? '' });
    ctx.io.stdout.write(`${text}\n`);
  }
  return 0;
}
