// The namespace controller: a namespace being deleted stays Terminating while it holds content;
// the controller deletes that content, then removes the `kubernetes` finalizer so the namespace goes.
// Mirrors pkg/controller/namespace (deletion/namespaced_resources_deleter.go).

import type { KubeObject } from '../../api/types.ts';
import { clone } from '../../base/json.ts';
import { rfc3339 } from '../../base/time.ts';
import { WorkQueue } from '../../client/workqueue.ts';
import type { Controller, ControllerDeps } from '../controller.ts';

const RESYNC_WHILE_TERMINATING_MS = 1_000;
const REACTION_MS = 50;

export class NamespaceController implements Controller {
  readonly name = 'namespace-controller';
  private readonly queue: WorkQueue;

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new WorkQueue(deps.clock, this.name, { sync: (key) => this.sync(key) });
    deps.client.watch('/namespaces', (e) => {
      if (e.object.metadata.deletionTimestamp) this.queue.add(e.object.metadata.name!, REACTION_MS);
    });
  }

  private sync(name: string): void {
    const { client } = this.deps;
    const ns = client.get('/namespaces', undefined, name);
    if (!ns?.metadata.deletionTimestamp) return;
    if ((ns.status as { phase?: string } | undefined)?.phase !== 'Terminating') {
      client.updateStatus('/namespaces', { ...clone(ns), status: { phase: 'Terminating' } });
    }
    let remaining = 0;
    for (const info of client.kinds().resources) {
      if (!info.namespaced || !info.verbs.includes('delete') || !info.verbs.includes('list')) continue;
      for (const obj of client.list(`${info.group}/${info.resource}`, name)) {
        remaining++;
        if (!obj.metadata.deletionTimestamp) client.delete(`${info.group}/${info.resource}`, name, obj.metadata.name!);
      }
    }
    if (remaining > 0) {
      this.queue.addAfter(name, RESYNC_WHILE_TERMINATING_MS);
      return;
    }
    this.finalize(ns);
  }

  private finalize(ns: KubeObject): void {
    const spec = (ns.spec ?? {}) as { finalizers?: string[] };
    const next = clone(ns);
    next.spec = { ...spec, finalizers: (spec.finalizers ?? []).filter((f) => f !== 'kubernetes') };
    next.status = { phase: 'Terminating', conditions: conditionsDone(this.deps.clock.nowMs) };
    this.deps.client.server.finalizeNamespace(next);
  }
}

function conditionsDone(nowMs: number): object[] {
  const t = rfc3339(nowMs);
  return [
    ['NamespaceDeletionDiscoveryFailure', 'ResourcesDiscovered', 'All resources successfully discovered'],
    ['NamespaceDeletionGroupVersionParsingFailure', 'ParsedGroupVersions', 'All legacy kube types successfully parsed'],
    ['NamespaceDeletionContentFailure', 'ContentDeleted', 'All content successfully deleted, may be waiting on finalization'],
    ['NamespaceContentRemaining', 'ContentRemoved', 'All content successfully removed'],
    ['NamespaceFinalizersRemaining', 'ContentHasNoFinalizers', 'All content-preserving finalizers finished'],
  ].map(([type, reason, message]) => ({ type, status: 'False', lastTransitionTime: t, reason, message }));
}
