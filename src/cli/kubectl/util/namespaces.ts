// How the resource builder places objects read from files (cli-runtime RequireNamespace /
// SetNamespace): an object without a namespace gets the command's; one with a different namespace
// is refused when -n was given.

import type { KubeObject, ResourceInfo } from '../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../command.ts';

export const ERR_NAMESPACE_MISMATCH = (objectNs: string, ns: string): string =>
  `the namespace from the provided object "${objectNs}" does not match the namespace "${ns}". You must pass '--namespace=${objectNs}' to perform this operation.`;

export function placeInNamespace(ctx: KubectlContext, info: ResourceInfo, obj: KubeObject): KubeObject {
  if (!info.namespaced) return obj;
  const ns = obj.metadata.namespace;
  if (!ns) obj.metadata.namespace = ctx.namespace;
  else if (ctx.namespaceExplicit && ns !== ctx.namespace) throw new KubectlError(ERR_NAMESPACE_MISMATCH(ns, ctx.namespace));
  return obj;
}
