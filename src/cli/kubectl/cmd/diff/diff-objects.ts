// What `kubectl diff` compares for each object of the files (pkg/cmd/diff/diff.go): the LIVE
// object and the MERGED one — the object as the server would store it after `kubectl apply`,
// obtained with a server-side dry run of apply's patch (or of the create, for a new object).

import { clone, type ApiServer, type KubeObject, type ResourceInfo } from '../../../../engine/index.ts';
import { lastAppliedOf, withLastApplied } from '../../util/last-applied.ts';
import type { Manifest } from '../../util/manifests.ts';
import { threeWayMergePatch } from '../../util/three-way-merge.ts';

export interface DiffEntry {
  /** kubectl's file name for the pair: `apps.v1.Deployment.default.web`. */
  readonly name: string;
  readonly info: ResourceInfo;
  readonly live: KubeObject | undefined;
  readonly merged: KubeObject;
}

/** The pair for one object of a file; API errors (a bad object, a refused change) are thrown. */
export function diffEntry(server: ApiServer, namespace: string, m: Manifest): DiffEntry {
  const obj = clone(m.object);
  if (m.info.namespaced && !obj.metadata.namespace) obj.metadata.namespace = namespace;
  const ns = m.info.namespaced ? obj.metadata.namespace : undefined;
  const name = obj.metadata.name ?? '';
  const live = name === '' ? undefined : server.tryGet(m.info, ns, name);
  const modified = withLastApplied(obj);
  let merged: KubeObject;
  if (live === undefined) {
    merged = server.create(m.info, ns, modified, { dryRun: true });
  } else {
    const originalText = lastAppliedOf(live);
    const original = originalText === undefined ? undefined : (JSON.parse(originalText) as Record<string, unknown>);
    const patch = threeWayMergePatch(original, modified, live);
    merged = Object.keys(patch).length === 0 ? live : server.patch(m.info, ns, name, 'strategic', patch, { dryRun: true });
  }
  return { name: diffName(m.info, ns, name), info: m.info, live, merged };
}

/** `<group>.<version>.<Kind>.<namespace>.<name>`, the group left out for the core group. */
export function diffName(info: ResourceInfo, namespace: string | undefined, name: string): string {
  const group = info.group === '' ? '' : `${info.group}.`;
  return `${group}${info.version}.${info.kind}.${namespace ?? ''}.${name}`;
}
