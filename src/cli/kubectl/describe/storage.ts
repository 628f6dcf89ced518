// Storage describers (describe.go): PersistentVolumeClaim (with the pods using it), PersistentVolume
// (with node affinity and its source) and StorageClass.

import type { PersistentVolume, PersistentVolumeClaim, Pod, VolumeNodeAffinity } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { resourceByName } from '../../../engine/index.ts';
import { canonicalQuantity } from '../printers/quantity.ts';
import { accessModes, formatLabels, storageClassOf } from '../printers/table/cells.ts';
import { isDefaultStorageClass } from '../printers/table/storage.ts';
import { formatTime, goBoolPtr, goList, printAnnotationsMultiline, printLabelsMultiline, printNamesMultiline, since } from './common.ts';
import { describeEvents, eventQueryFor, searchEvents } from './events.ts';
import { LEVEL_0, LEVEL_1, LEVEL_2, tabbedString, type PrefixWriter } from './prefix-writer.ts';
import type { Describer } from './types.ts';
import { describeVolumeSource } from './volumes.ts';

const PODS = resourceByName('', 'pods')!;

export const describePersistentVolumeClaim: Describer = ({ ctx, settings, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const pvc = obj as unknown as PersistentVolumeClaim;
  const pods = ctx.client.server.list(PODS, namespace).items as unknown as Pod[];
  const users = pods.filter((p) => (p.spec?.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === name)).map((p) => p.metadata?.name ?? '');
  for (const ref of obj.metadata.ownerReferences ?? []) {
    const owner = pods.find((p) => ref.kind === 'Pod' && p.metadata?.uid === ref.uid);
    if (owner && !users.includes(owner.metadata?.name ?? '')) users.push(owner.metadata?.name ?? '');
  }
  const events = settings.showEvents ? searchEvents(ctx, eventQueryFor(obj)) : undefined;
  const nowMs = ctx.nowMs();
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${obj.metadata.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `StorageClass:\t${storageClassOf(obj)}\n`);
    w.write(LEVEL_0, obj.metadata.deletionTimestamp ? `Status:\tTerminating (lasts ${since(nowMs, obj.metadata.deletionTimestamp)})\n` : `Status:\t${pvc.status?.phase ?? ''}\n`);
    w.write(LEVEL_0, `Volume:\t${pvc.spec?.volumeName ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    w.write(LEVEL_0, `Finalizers:\t${goList(obj.metadata.finalizers)}\n`);
    const bound = (pvc.spec?.volumeName ?? '') !== '';
    w.write(LEVEL_0, `Capacity:\t${bound ? canonicalQuantity(pvc.status?.capacity?.storage ?? '0') : ''}\n`);
    w.write(LEVEL_0, `Access Modes:\t${bound ? accessModes(pvc.status?.accessModes) : ''}\n`);
    if (pvc.spec?.volumeMode) w.write(LEVEL_0, `VolumeMode:\t${pvc.spec.volumeMode}\n`);
    const source = pvc.spec?.dataSource;
    if (source) {
      w.write(LEVEL_0, 'DataSource:\n');
      if (source.apiGroup !== undefined) w.write(LEVEL_1, `APIGroup:\t${source.apiGroup}\n`);
      w.write(LEVEL_1, `Kind:\t${source.kind}\n`);
      w.write(LEVEL_1, `Name:\t${source.name}\n`);
    }
    printNamesMultiline(w, 'Used By', users);
    describeClaimConditions(w, pvc);
    if (events) describeEvents(w, events, nowMs);
  });
};

function describeClaimConditions(w: PrefixWriter, pvc: PersistentVolumeClaim): void {
  const conditions = pvc.status?.conditions ?? [];
  if (conditions.length === 0) return;
  w.write(LEVEL_0, 'Conditions:\n');
  w.write(LEVEL_1, 'Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n');
  w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
  for (const c of conditions) {
    w.write(LEVEL_1, `${c.type} \t${c.status} \t${formatTime(c.lastProbeTime)} \t${formatTime(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
  }
}

export const describePersistentVolume: Describer = ({ ctx, settings, info, name }) => {
  const obj = ctx.client.server.get(info, undefined, name);
  const pv = obj as unknown as PersistentVolume;
  const events = settings.showEvents ? searchEvents(ctx, eventQueryFor(obj)) : undefined;
  const nowMs = ctx.nowMs();
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${name}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    w.write(LEVEL_0, `Finalizers:\t${goList(obj.metadata.finalizers)}\n`);
    w.write(LEVEL_0, `StorageClass:\t${storageClassOf(obj)}\n`);
    w.write(LEVEL_0, obj.metadata.deletionTimestamp ? `Status:\tTerminating (lasts ${since(nowMs, obj.metadata.deletionTimestamp)})\n` : `Status:\t${pv.status?.phase ?? ''}\n`);
    const claim = pv.spec?.claimRef;
    w.write(LEVEL_0, `Claim:\t${claim ? `${claim.namespace ?? ''}/${claim.name ?? ''}` : ''}\n`);
    w.write(LEVEL_0, `Reclaim Policy:\t${pv.spec?.persistentVolumeReclaimPolicy ?? ''}\n`);
    w.write(LEVEL_0, `Access Modes:\t${accessModes(pv.spec?.accessModes)}\n`);
    if (pv.spec?.volumeMode) w.write(LEVEL_0, `VolumeMode:\t${pv.spec.volumeMode}\n`);
    w.write(LEVEL_0, `Capacity:\t${canonicalQuantity(pv.spec?.capacity?.storage ?? '0')}\n`);
    describeNodeAffinity(w, pv.spec?.nodeAffinity);
    w.write(LEVEL_0, `Message:\t${pv.status?.message ?? ''}\n`);
    w.write(LEVEL_0, 'Source:\n');
    describeVolumeSource(w, (pv.spec ?? {}) as Record<string, unknown>);
    if (events) describeEvents(w, events, nowMs);
  });
};

function describeNodeAffinity(w: PrefixWriter, affinity: VolumeNodeAffinity | undefined): void {
  w.write(LEVEL_0, 'Node Affinity:\t');
  if (!affinity?.required) {
    w.writeLine('<none>');
    return;
  }
  w.writeLine('');
  w.write(LEVEL_1, 'Required Terms:\t');
  const terms = affinity.required.nodeSelectorTerms ?? [];
  if (terms.length === 0) {
    w.writeLine('<none>');
    return;
  }
  w.writeLine('');
  terms.forEach((term, i) => {
    w.write(LEVEL_2, `Term ${i}:\t`);
    const reqs = term.matchExpressions ?? [];
    if (reqs.length === 0) w.writeLine('<none>');
    reqs.forEach((r, j) => {
      if (j !== 0) w.write(LEVEL_2, '\t');
      const values = (r.values ?? []).length > 0 ? ` [${r.values!.join(', ')}]` : '';
      w.write(LEVEL_0, `${r.key} ${r.operator.toLowerCase()}${values}\n`);
    });
  });
}

export const describeStorageClass: Describer = ({ ctx, settings, info, name }) => {
  const obj = ctx.client.server.get(info, undefined, name);
  const sc = obj as unknown as StorageClass;
  const events = settings.showEvents ? searchEvents(ctx, eventQueryFor(obj)) : undefined;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${name}\n`);
    w.write(LEVEL_0, `IsDefaultClass:\t${isDefaultStorageClass(obj) ? 'Yes' : 'No'}\n`);
    w.write(LEVEL_0, `Annotations:\t${formatLabels(obj.metadata.annotations)}\n`);
    w.write(LEVEL_0, `Provisioner:\t${sc.provisioner ?? ''}\n`);
    w.write(LEVEL_0, `Parameters:\t${formatLabels(sc.parameters)}\n`);
    w.write(LEVEL_0, `AllowVolumeExpansion:\t${goBoolPtr(sc.allowVolumeExpansion)}\n`);
    if ((sc.mountOptions ?? []).length === 0) w.write(LEVEL_0, 'MountOptions:\t<none>\n');
    else {
      w.write(LEVEL_0, 'MountOptions:\n');
      for (const o of sc.mountOptions!) w.write(LEVEL_1, `${o}\n`);
    }
    if (sc.reclaimPolicy) w.write(LEVEL_0, `ReclaimPolicy:\t${sc.reclaimPolicy}\n`);
    if (sc.volumeBindingMode) w.write(LEVEL_0, `VolumeBindingMode:\t${sc.volumeBindingMode}\n`);
    if (sc.allowedTopologies) describeAllowedTopologies(w, sc);
    if (events) describeEvents(w, events, ctx.nowMs());
  });
};

function describeAllowedTopologies(w: PrefixWriter, sc: StorageClass): void {
  w.write(LEVEL_0, 'AllowedTopologies:\t');
  const terms = sc.allowedTopologies ?? [];
  if (terms.length === 0) {
    w.writeLine('<none>');
    return;
  }
  w.writeLine('');
  terms.forEach((term, i) => {
    w.write(LEVEL_1, `Term ${i}:\t`);
    const reqs = term.matchLabelExpressions ?? [];
    if (reqs.length === 0) w.writeLine('<none>');
    reqs.forEach((r, j) => {
      if (j !== 0) w.write(LEVEL_1, '\t');
      w.write(LEVEL_0, `${r.key} in${r.values.length > 0 ? ` [${r.values.join(', ')}]` : ''}\n`);
    });
  });
}

