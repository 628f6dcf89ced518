// `kubectl describe pod` (describe.go PodDescriber/describePod): header fields, containers,
// conditions, volumes, QoS, node selectors, tolerations and events; for a missing pod that still has
// events, `Pod '<name>': error '<err>', but found events.` and the events.

import type { Pod, TopologySpreadConstraint } from 'kubernetes-types/core/v1';
import { isStatusError, type KubeObject } from '../../../engine/index.ts';
import { compareStrings } from '../printers/go-format.ts';
import { formatSelector } from '../printers/table/cells.ts';
import { controllerOf, formatTime, printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline, since } from './common.ts';
import { describeContainers, envResolverFor } from './containers.ts';
import { describeEvents, eventQueryFor, searchEvents } from './events.ts';
import { LEVEL_0, LEVEL_1, tabbedString, type PrefixWriter } from './prefix-writer.ts';
import { podQOS } from './resources.ts';
import type { Describer } from './types.ts';
import { describeVolumes } from './volumes.ts';

const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';

export const describePodResource: Describer = ({ ctx, settings, info, namespace, name }) => {
  let obj: KubeObject;
  try {
    obj = ctx.client.server.get(info, namespace, name);
  } catch (e) {
    if (!isStatusError(e) || !settings.showEvents) throw e;
    const events = searchEvents(ctx, { name, namespace });
    if (events.length === 0) throw e;
    return tabbedString((w) => {
      w.write(LEVEL_0, `Pod '${name}': error '${e.message}', but found events.\n`);
      describeEvents(w, events, ctx.nowMs());
    });
  }
  const mirrorUid = obj.metadata.annotations?.[MIRROR_POD_ANNOTATION];
  const query = { ...eventQueryFor(obj, { withKind: false }), ...(mirrorUid ? { uid: mirrorUid } : {}) };
  const events = settings.showEvents ? searchEvents(ctx, query) : undefined;
  return describePod(obj, events, ctx.nowMs());
};

export function describePod(obj: KubeObject, events: readonly KubeObject[] | undefined, nowMs: number): string {
  const pod = obj as unknown as Pod;
  return tabbedString((w) => {
    describeHeader(w, pod, nowMs);
    if ((pod.spec?.initContainers ?? []).length > 0) {
      describeContainers(w, 'Init Containers', pod.spec!.initContainers!, pod.status?.initContainerStatuses ?? [], envResolverFor(pod), '');
    }
    describeContainers(w, 'Containers', pod.spec?.containers ?? [], pod.status?.containerStatuses ?? [], envResolverFor(pod), '');
    if ((pod.spec?.ephemeralContainers ?? []).length > 0) {
      describeContainers(w, 'Ephemeral Containers', pod.spec!.ephemeralContainers!, pod.status?.ephemeralContainerStatuses ?? [], envResolverFor(pod), '');
    }
    describeConditions(w, pod);
    describeVolumes(w, pod.spec?.volumes, '');
    w.write(LEVEL_0, `QoS Class:\t${podQOS(pod)}\n`);
    printLabelsMultiline(w, 'Node-Selectors', pod.spec?.nodeSelector);
    printTolerationsMultiline(w, 'Tolerations', pod.spec?.tolerations);
    describeTopologySpreadConstraints(w, pod.spec?.topologySpreadConstraints, '');
    if (events) describeEvents(w, events, nowMs);
  });
}

function describeHeader(w: PrefixWriter, pod: Pod, nowMs: number): void {
  const meta = pod.metadata ?? {};
  const spec = pod.spec;
  const status = pod.status ?? {};
  w.write(LEVEL_0, `Name:\t${meta.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
  if (spec?.priority !== undefined) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
  if (spec?.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec?.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec?.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(LEVEL_0, spec?.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (status.startTime) w.write(LEVEL_0, `Start Time:\t${formatTime(status.startTime)}\n`);
  printLabelsMultiline(w, 'Labels', meta.labels);
  printAnnotationsMultiline(w, 'Annotations', meta.annotations);
  if (meta.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${since(nowMs, meta.deletionTimestamp)})\n`);
    w.write(LEVEL_0, `Termination Grace Period:\t${meta.deletionGracePeriodSeconds ?? 0}s\n`);
  } else {
    w.write(LEVEL_0, `Status:\t${status.phase ?? ''}\n`);
  }
  if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`);
  const seccomp = spec?.securityContext?.seccompProfile;
  if (seccomp) {
    w.write(LEVEL_0, `SeccompProfile:\t${seccomp.type}\n`);
    if (seccomp.type === 'Localhost') w.write(LEVEL_0, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`);
  }
  w.write(LEVEL_0, `IP:\t${status.podIP ?? ''}\n`);
  describePodIPs(w, pod, '');
  const controlledBy = controllerOf(pod as unknown as KubeObject);
  if (controlledBy) w.write(LEVEL_0, `Controlled By:\t${controlledBy}\n`);
  if (status.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
}

function describePodIPs(w: PrefixWriter, pod: Pod, space: string): void {
  const ips = pod.status?.podIPs ?? [];
  if (ips.length === 0) {
    w.write(LEVEL_0, `${space}IPs:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}IPs:\n`);
  for (const ip of ips) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
}

function describeConditions(w: PrefixWriter, pod: Pod): void {
  const conditions = pod.status?.conditions ?? [];
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length > 0) {
    w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
    for (const g of gates) w.write(LEVEL_1, `${g.conditionType} \t${conditions.find((c) => c.type === g.conditionType)?.status ?? '<none>'} \n`);
  }
  if (conditions.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
    for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
  }
}

/** describeTopologySpreadConstraints (pods and pod templates). */
export function describeTopologySpreadConstraints(w: PrefixWriter, constraints: readonly TopologySpreadConstraint[] | undefined, space: string): void {
  const sorted = [...(constraints ?? [])].sort((a, b) => compareStrings(a.topologyKey, b.topologyKey));
  if (sorted.length === 0) return;
  w.write(LEVEL_0, `${space}Topology Spread Constraints:\t`);
  sorted.forEach((c, i) => {
    if (i !== 0) w.write(LEVEL_0, `${space}\t`);
    const selector = c.labelSelector ? ` for selector ${formatSelector(c.labelSelector)}` : '';
    w.write(LEVEL_0, `${c.topologyKey}:${c.whenUnsatisfiable} when max skew ${c.maxSkew} is exceeded${selector}\n`);
  });
}
