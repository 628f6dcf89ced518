// `kubectl describe node` (describe.go NodeDescriber/describeNode/describeNodeResource): roles, taints,
// lease, conditions, addresses, capacity, system info, non-terminated pods with their share of the
// node's allocatable resources, allocated totals and events (by node uid and by node name).

import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import { resourceByName, type KubeObject } from '../../../engine/index.ts';
import { compareStrings } from '../printers/go-format.ts';
import { addQuantities, formatQuantity, parseQuantity, ZERO_QUANTITY, type Quantity } from '../printers/quantity.ts';
import { nodeRoles } from '../printers/table/cluster.ts';
import { formatTime, printAnnotationsMultiline, printLabelsMultiline, printTaintsMultiline, since } from './common.ts';
import { describeEvents, eventQueryFor, searchEvents } from './events.ts';
import { LEVEL_0, LEVEL_1, tabbedString, type PrefixWriter } from './prefix-writer.ts';
import { percent, podRequestsAndLimits } from './resources.ts';
import type { Describer } from './types.ts';

const PODS = resourceByName('', 'pods')!;
const LEASES = resourceByName('coordination.k8s.io', 'leases')!;
const STANDARD_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu', 'limits.memory', 'limits.ephemeral-storage']);

export const describeNode: Describer = ({ ctx, settings, info, name }) => {
  const obj = ctx.client.server.get(info, undefined, name);
  const pods = ctx.client.server.list(PODS, undefined, { fieldSelector: `spec.nodeName=${name},status.phase!=Succeeded,status.phase!=Failed` }).items;
  const events = settings.showEvents
    ? [...searchEvents(ctx, eventQueryFor(obj)), ...searchEvents(ctx, { ...eventQueryFor(obj), uid: name })]
    : undefined;
  const lease = ctx.client.server.tryGet(LEASES, 'kube-node-lease', name);
  return tabbedString((w) => {
    describeNodeHeader(w, obj, lease);
    describeNodeStatus(w, obj as unknown as Node);
    describeNodeResources(w, obj as unknown as Node, pods, ctx.nowMs());
    if (events) describeEvents(w, events, ctx.nowMs());
  });
};

function describeNodeHeader(w: PrefixWriter, obj: KubeObject, lease: KubeObject | undefined): void {
  const node = obj as unknown as Node;
  w.write(LEVEL_0, `Name:\t${obj.metadata.name ?? ''}\n`);
  w.write(LEVEL_0, `Roles:\t${nodeRoles(obj).join(',') || '<none>'}\n`);
  printLabelsMultiline(w, 'Labels', obj.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  w.write(LEVEL_0, `CreationTimestamp:\t${formatTime(obj.metadata.creationTimestamp)}\n`);
  printTaintsMultiline(w, 'Taints', node.spec?.taints);
  w.write(LEVEL_0, `Unschedulable:\t${node.spec?.unschedulable === true}\n`);
  if (!lease) {
    w.write(LEVEL_0, `Lease:\tFailed to get lease: leases.coordination.k8s.io "${obj.metadata.name ?? ''}" not found\n`);
    return;
  }
  const spec = (lease as unknown as Lease).spec;
  w.write(LEVEL_0, 'Lease:\n');
  w.write(LEVEL_1, `HolderIdentity:\t${spec?.holderIdentity ?? '<unset>'}\n`);
  w.write(LEVEL_1, `AcquireTime:\t${spec?.acquireTime ? formatTime(spec.acquireTime) : '<unset>'}\n`);
  w.write(LEVEL_1, `RenewTime:\t${spec?.renewTime ? formatTime(spec.renewTime) : '<unset>'}\n`);
}

function describeNodeStatus(w: PrefixWriter, node: Node): void {
  const conditions = node.status?.conditions ?? [];
  if (conditions.length > 0) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conditions) {
      w.write(LEVEL_1, `${c.type} \t${c.status} \t${formatTime(c.lastHeartbeatTime)} \t${formatTime(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
  }
  w.write(LEVEL_0, 'Addresses:\n');
  for (const a of node.status?.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
  for (const [title, list] of [['Capacity', node.status?.capacity], ['Allocatable', node.status?.allocatable]] as const) {
    if (Object.keys(list ?? {}).length === 0) continue;
    w.write(LEVEL_0, `${title}:\n`);
    for (const r of Object.keys(list!).sort(compareStrings)) w.write(LEVEL_0, `  ${r}:\t${formatQuantity(parseQuantity(list![r]) ?? ZERO_QUANTITY)}\n`);
  }
  const i = node.status?.nodeInfo;
  w.write(LEVEL_0, 'System Info:\n');
  const rows: Array<[string, string | undefined]> = [
    ['Machine ID', i?.machineID], ['System UUID', i?.systemUUID], ['Boot ID', i?.bootID], ['Kernel Version', i?.kernelVersion],
    ['OS Image', i?.osImage], ['Operating System', i?.operatingSystem], ['Architecture', i?.architecture],
    ['Container Runtime Version', i?.containerRuntimeVersion], ['Kubelet Version', i?.kubeletVersion], ['Kube-Proxy Version', i?.kubeProxyVersion],
  ];
  for (const [label, value] of rows) w.write(LEVEL_0, `  ${label}:\t${value ?? ''}\n`);
  if (node.spec?.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if ((node.spec?.podCIDRs ?? []).length > 0) w.write(LEVEL_0, `PodCIDRs:\t${node.spec!.podCIDRs!.join(',')}\n`);
  if (node.spec?.providerID) w.write(LEVEL_0, `ProviderID:\t${node.spec.providerID}\n`);
}

function describeNodeResources(w: PrefixWriter, node: Node, pods: readonly KubeObject[], nowMs: number): void {
  const allocatableList = Object.keys(node.status?.allocatable ?? {}).length > 0 ? node.status!.allocatable! : node.status?.capacity ?? {};
  const allocatable = (r: string): Quantity | undefined => parseQuantity(allocatableList[r] ?? '0');
  const cell = (q: Quantity | undefined, r: string): string => `${formatQuantity(q ?? ZERO_QUANTITY)} (${percent(q, allocatable(r), r === 'cpu' ? 3 : 0)}%)`;
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(LEVEL_1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(LEVEL_1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const totals = { requests: new Map<string, Quantity>(), limits: new Map<string, Quantity>() };
  for (const p of pods) {
    const { requests, limits } = podRequestsAndLimits(p as unknown as Pod);
    w.write(LEVEL_1, `${p.metadata.namespace ?? ''}\t${p.metadata.name ?? ''}\t\t${cell(requests.get('cpu'), 'cpu')}\t${cell(limits.get('cpu'), 'cpu')}\t` +
      `${cell(requests.get('memory'), 'memory')}\t${cell(limits.get('memory'), 'memory')}\t${since(nowMs, p.metadata.creationTimestamp)}\n`);
    accumulate(totals.requests, requests);
    accumulate(totals.limits, limits);
  }
  w.write(LEVEL_0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
  w.write(LEVEL_1, '--------\t--------\t------\n');
  const names = Object.keys(allocatableList);
  const hugePages = names.filter((n) => n.startsWith('hugepages-')).sort(compareStrings);
  const extended = names.filter((n) => !n.startsWith('hugepages-') && !STANDARD_RESOURCES.has(n) && n !== 'pods').sort(compareStrings);
  for (const r of ['cpu', 'memory', 'ephemeral-storage', ...hugePages]) {
    w.write(LEVEL_1, `${r}\t${cell(totals.requests.get(r), r)}\t${cell(totals.limits.get(r), r)}\n`);
  }
  for (const r of extended) {
    w.write(LEVEL_1, `${r}\t${formatQuantity(totals.requests.get(r) ?? ZERO_QUANTITY)}\t${formatQuantity(totals.limits.get(r) ?? ZERO_QUANTITY)}\n`);
  }
}

function accumulate(into: Map<string, Quantity>, add: ReadonlyMap<string, Quantity>): void {
  for (const [name, q] of add) {
    const cur = into.get(name);
    into.set(name, cur ? addQuantities(cur, q) : q);
  }
}
