// Describers of apps/v1 workloads (describe.go): Deployment (with its old and new ReplicaSets),
// ReplicaSet, StatefulSet and DaemonSet (with their pods' phases), each with its pod template.

import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { PersistentVolumeClaim } from 'kubernetes-types/core/v1';
import { deepEqual, parseTime, resourceByName, type KubeObject } from '../../../engine/index.ts';
import { canonicalQuantity } from '../printers/quantity.ts';
import { formatLabels, formatSelector, selectorString, storageClassOf } from '../printers/table/cells.ts';
import type { KubectlContext } from '../command.ts';
import { controllerOf, formatTime, goList, printAnnotationsMultiline, printLabelsMultiline, writeNameNamespace } from './common.ts';
import { describeEvents, eventQueryFor, searchEvents } from './events.ts';
import { describePodTemplate } from './pod-template.ts';
import { LEVEL_0, LEVEL_1, tabbedString, type PrefixWriter } from './prefix-writer.ts';
import type { Describer, DescribeRequest } from './types.ts';

const PODS = resourceByName('', 'pods')!;
const REPLICA_SETS = resourceByName('apps', 'replicasets')!;

interface Fetched {
  readonly obj: KubeObject;
  readonly events: readonly KubeObject[] | undefined;
}

function fetch(req: DescribeRequest): Fetched {
  const obj = req.ctx.client.server.get(req.info, req.namespace, req.name);
  return { obj, events: req.settings.showEvents ? searchEvents(req.ctx, eventQueryFor(obj)) : undefined };
}

/** getPodStatusForController: phases of the pods this controller owns. */
function podsStatus(ctx: KubectlContext, obj: KubeObject, selector: string): string {
  const pods = ctx.client.server.list(PODS, obj.metadata.namespace, { labelSelector: selector }).items
    .filter((p) => (p.metadata.ownerReferences ?? []).some((r) => r.controller === true && r.uid === obj.metadata.uid));
  const count = (phase: string): number => pods.filter((p) => (p.status as { phase?: string } | undefined)?.phase === phase).length;
  return `${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed`;
}

function writeEvents(w: PrefixWriter, events: readonly KubeObject[] | undefined, nowMs: number): void {
  if (events) describeEvents(w, events, nowMs);
}

function writeConditions(w: PrefixWriter, conditions: ReadonlyArray<{ type: string; status: string; reason?: string }> | undefined): void {
  if ((conditions ?? []).length === 0) return;
  w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(LEVEL_1, '----\t------\t------\n');
  for (const c of conditions!) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}

export const describeDeployment: Describer = (req) => {
  const { obj, events } = fetch(req);
  const d = obj as unknown as Deployment;
  const { oldRSs, newRS } = replicaSetsOf(req.ctx, obj);
  return tabbedString((w) => {
    writeNameNamespace(w, obj);
    w.write(LEVEL_0, `CreationTimestamp:\t${formatTime(obj.metadata.creationTimestamp)}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    w.write(LEVEL_0, `Selector:\t${selectorString(d.spec?.selector)}\n`);
    const st = d.status;
    w.write(LEVEL_0, `Replicas:\t${d.spec?.replicas ?? 0} desired | ${st?.updatedReplicas ?? 0} updated | ${st?.replicas ?? 0} total | ${st?.availableReplicas ?? 0} available | ${st?.unavailableReplicas ?? 0} unavailable\n`);
    w.write(LEVEL_0, `StrategyType:\t${d.spec?.strategy?.type ?? ''}\n`);
    w.write(LEVEL_0, `MinReadySeconds:\t${d.spec?.minReadySeconds ?? 0}\n`);
    const ru = d.spec?.strategy?.rollingUpdate;
    if (ru) w.write(LEVEL_0, `RollingUpdateStrategy:\t${String(ru.maxUnavailable ?? 0)} max unavailable, ${String(ru.maxSurge ?? 0)} max surge\n`);
    describePodTemplate(w, d.spec?.template);
    writeConditions(w, st?.conditions);
    if (oldRSs.length > 0 || newRS) {
      w.write(LEVEL_0, `OldReplicaSets:\t${replicaSetList(oldRSs)}\n`);
      w.write(LEVEL_0, `NewReplicaSet:\t${replicaSetList(newRS ? [newRS] : [])}\n`);
    }
    writeEvents(w, events, req.ctx.nowMs());
  });
};

function replicaSetList(list: readonly KubeObject[]): string {
  const text = list.map((rs) => {
    const r = rs as unknown as ReplicaSet;
    return `${rs.metadata.name ?? ''} (${r.status?.replicas ?? 0}/${r.spec?.replicas ?? 0} replicas created)`;
  }).join(', ');
  return text || '<none>';
}

/**
 * deploymentutil.GetAllReplicaSets: owned ReplicaSets by creation time; the new one has the
 * deployment's template; the old ones listed are those still asked for replicas.
 */
function replicaSetsOf(ctx: KubectlContext, obj: KubeObject): { oldRSs: KubeObject[]; newRS: KubeObject | undefined } {
  const d = obj as unknown as Deployment;
  const owned = ctx.client.server.list(REPLICA_SETS, obj.metadata.namespace, { labelSelector: selectorString(d.spec?.selector) }).items
    .filter((rs) => (rs.metadata.ownerReferences ?? []).some((r) => r.controller === true && r.uid === obj.metadata.uid));
  const created = (rs: KubeObject): number => parseTime(rs.metadata.creationTimestamp) ?? 0;
  owned.sort((a, b) => created(a) - created(b) || ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1));
  const newRS = owned.find((rs) => sameTemplate((rs as unknown as ReplicaSet).spec?.template, d.spec?.template));
  const wanted = (rs: KubeObject): boolean => (rs as unknown as ReplicaSet).spec?.replicas !== 0;
  return { oldRSs: owned.filter((rs) => rs !== newRS && wanted(rs)), newRS };
}

function sameTemplate(a: unknown, b: unknown): boolean {
  const strip = (t: unknown): unknown => {
    const copy = JSON.parse(JSON.stringify(t ?? {})) as { metadata?: { labels?: Record<string, string> } };
    delete copy.metadata?.labels?.['pod-template-hash'];
    return copy;
  };
  return deepEqual(strip(a), strip(b));
}

export const describeReplicaSet: Describer = (req) => {
  const { obj, events } = fetch(req);
  const rs = obj as unknown as ReplicaSet;
  const status = podsStatus(req.ctx, obj, selectorString(rs.spec?.selector));
  return tabbedString((w) => {
    writeNameNamespace(w, obj);
    w.write(LEVEL_0, `Selector:\t${formatSelector(rs.spec?.selector)}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    const controlledBy = controllerOf(obj);
    if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
    w.write(LEVEL_0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 0} desired\n`);
    w.write(LEVEL_0, `Pods Status:\t${status}\n`);
    describePodTemplate(w, rs.spec?.template);
    writeConditions(w, rs.status?.conditions);
    writeEvents(w, events, req.ctx.nowMs());
  });
};

export const describeStatefulSet: Describer = (req) => {
  const { obj, events } = fetch(req);
  const s = obj as unknown as StatefulSet;
  const selector = selectorString(s.spec?.selector);
  const status = podsStatus(req.ctx, obj, selector);
  return tabbedString((w) => {
    writeNameNamespace(w, obj);
    w.write(LEVEL_0, `CreationTimestamp:\t${formatTime(obj.metadata.creationTimestamp)}\n`);
    w.write(LEVEL_0, `Selector:\t${selector}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    w.write(LEVEL_0, `Replicas:\t${s.spec?.replicas ?? 0} desired | ${s.status?.replicas ?? 0} total\n`);
    w.write(LEVEL_0, `Update Strategy:\t${s.spec?.updateStrategy?.type ?? ''}\n`);
    const ru = s.spec?.updateStrategy?.rollingUpdate;
    if (ru?.partition !== undefined) {
      w.write(LEVEL_1, `Partition:\t${ru.partition}\n`);
      if (ru.maxUnavailable !== undefined) w.write(LEVEL_1, `MaxUnavailable:\t${String(ru.maxUnavailable)}\n`);
    }
    w.write(LEVEL_0, `Pods Status:\t${status}\n`);
    describePodTemplate(w, s.spec?.template);
    describeVolumeClaimTemplates(w, s.spec?.volumeClaimTemplates);
    writeEvents(w, events, req.ctx.nowMs());
  });
};

function describeVolumeClaimTemplates(w: PrefixWriter, templates: readonly PersistentVolumeClaim[] | undefined): void {
  if ((templates ?? []).length === 0) {
    w.write(LEVEL_0, 'Volume Claims:\t<none>\n');
    return;
  }
  w.write(LEVEL_0, 'Volume Claims:\n');
  for (const pvc of templates!) {
    w.write(LEVEL_1, `Name:\t${pvc.metadata?.name ?? ''}\n`);
    w.write(LEVEL_1, `StorageClass:\t${storageClassOf(pvc as unknown as KubeObject)}\n`);
    printLabelsMultiline(w, 'Labels', pvc.metadata?.labels, '  ');
    printLabelsMultiline(w, 'Annotations', pvc.metadata?.annotations, '  ');
    const capacity = pvc.spec?.resources?.requests?.storage;
    w.write(LEVEL_1, `Capacity:\t${capacity !== undefined ? canonicalQuantity(capacity) : '<default>'}\n`);
    w.write(LEVEL_1, `Access Modes:\t${goList(pvc.spec?.accessModes)}\n`);
  }
}

export const describeDaemonSet: Describer = (req) => {
  const { obj, events } = fetch(req);
  const ds = obj as unknown as DaemonSet;
  const selector = selectorString(ds.spec?.selector);
  const status = podsStatus(req.ctx, obj, selector);
  const st = ds.status;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${obj.metadata.name ?? ''}\n`);
    w.write(LEVEL_0, `Selector:\t${selector}\n`);
    w.write(LEVEL_0, `Node-Selector:\t${formatLabels(ds.spec?.template?.spec?.nodeSelector)}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${st?.desiredNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${st?.currentNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Up-to-date Pods: ${st?.updatedNumberScheduled ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${st?.numberAvailable ?? 0}\n`);
    w.write(LEVEL_0, `Number of Nodes Misscheduled: ${st?.numberMisscheduled ?? 0}\n`);
    w.write(LEVEL_0, `Pods Status:\t${status}\n`);
    describePodTemplate(w, ds.spec?.template);
    writeEvents(w, events, req.ctx.nowMs());
  });
};
