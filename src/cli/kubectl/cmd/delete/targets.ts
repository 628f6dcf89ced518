// Which objects `kubectl delete TYPE [NAME…] | TYPE/NAME… [-l sel | --all] [-A]` addresses
// (cli-runtime's builder with ResourceTypeOrNameArgs, SelectAllParam, LabelSelectorParam).

import type { ResourceInfo } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { flagBool, flagString, type ParsedArgs } from '../../flags.ts';
import { parseResourceArgs } from '../../util/resource-args.ts';

export const ERR_NO_RESOURCES = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;
export const ERR_NO_NAME = 'resource(s) were provided, but no name was specified';

export interface DeleteTarget {
  readonly info: ResourceInfo;
  readonly namespace: string | undefined;
  readonly name: string;
  /** The file the object came from, for `error when deleting "<file>": `. */
  readonly source?: string;
}

export function resolveTargets(ctx: KubectlContext, parsed: ParsedArgs): { targets: DeleteTarget[]; errors: unknown[]; ignoreNotFound: boolean } {
  if (parsed.args.length === 0) throw new KubectlError(ERR_NO_RESOURCES);
  const selector = flagString(parsed, 'selector');
  const fieldSelector = flagString(parsed, 'field-selector');
  const all = flagBool(parsed, 'all');
  const allNamespaces = flagBool(parsed, 'all-namespaces');
  const bulk = all || selector !== '' || fieldSelector !== '';
  const ignoreNotFound = parsed.changed.has('ignore-not-found') ? flagBool(parsed, 'ignore-not-found') : bulk;
  const targets: DeleteTarget[] = [];
  for (const { info, names } of parseResourceArgs(parsed.args, ctx.client.kinds())) {
    const namespace = info.namespaced ? ctx.namespace : undefined;
    if (names.length > 0) {
      targets.push(...names.map((name) => ({ info, namespace, name })));
      continue;
    }
    if (!bulk) throw new KubectlError(ERR_NO_NAME);
    const listNs = info.namespaced && !allNamespaces ? ctx.namespace : undefined;
    const items = ctx.client.server.list(info, listNs, { labelSelector: selector, fieldSelector }).items;
    targets.push(...items.map((obj) => ({ info, namespace: obj.metadata.namespace, name: obj.metadata.name ?? '' })));
  }
  return { targets, errors: [], ignoreNotFound };
}
