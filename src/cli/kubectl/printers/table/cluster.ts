// Cluster-level tables (printers.go): Namespace, Node (STATUS, ROLES, wide system info), ServiceAccount,
// Event, ResourceQuota, RoleBinding/ClusterRoleBinding, PriorityClass, Lease, RuntimeClass.

import type { Event, Namespace, Node, ResourceQuota, ServiceAccount } from 'kubernetes-types/core/v1';
import type { ClusterRoleBinding, Subject } from 'kubernetes-types/rbac/v1';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import type { RuntimeClass } from 'kubernetes-types/node/v1';
import { age, type KubeObject } from '../../../../engine/index.ts';
import { compareStrings } from '../go-format.ts';
import { canonicalQuantity } from '../quantity.ts';
import { ageOf, as } from './cells.ts';
import { AGE_COLUMN, col, NAME_COLUMN, wide, type Cell, type TableHandler } from './types.ts';

const name = (obj: KubeObject): string => obj.metadata.name ?? '';

export const NAMESPACE_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Status'), AGE_COLUMN],
  row: (obj, { nowMs }) => [name(obj), as<Namespace>(obj).status?.phase ?? '', ageOf(obj, nowMs)],
};

/** findNodeRoles: node-role.kubernetes.io/<role> labels and kubernetes.io/role, sorted. */
export function nodeRoles(obj: KubeObject): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(obj.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/') && k.length > 'node-role.kubernetes.io/'.length) roles.add(k.slice('node-role.kubernetes.io/'.length));
    else if (k === 'kubernetes.io/role' && v !== '') roles.add(v);
  }
  return [...roles].sort(compareStrings);
}

export const NODE_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Status'), col('Roles'), AGE_COLUMN, col('Version'), wide('Internal-IP'), wide('External-IP'),
    wide('OS-Image'), wide('Kernel-Version'), wide('Container-Runtime')],
  row(obj, { nowMs, wide: isWide }) {
    const node = as<Node>(obj);
    const ready = (node.status?.conditions ?? []).find((c) => c.type === 'Ready');
    const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
    if (node.spec?.unschedulable) status.push('SchedulingDisabled');
    const roles = nodeRoles(obj).join(',') || '<none>';
    const info = node.status?.nodeInfo;
    const cells: Cell[] = [name(obj), status.join(','), roles, ageOf(obj, nowMs), info?.kubeletVersion ?? ''];
    if (!isWide) return cells;
    const address = (type: string): string => node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';
    return [...cells, address('InternalIP'), address('ExternalIP'), info?.osImage || '<unknown>',
      info?.kernelVersion || '<unknown>', info?.containerRuntimeVersion || '<unknown>'];
  },
};

export const SERVICE_ACCOUNT_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Secrets'), AGE_COLUMN],
  row: (obj, { nowMs }) => [name(obj), as<ServiceAccount>(obj).secrets?.length ?? 0, ageOf(obj, nowMs)],
};

const eventTime = (nowMs: number, ts: unknown): string => (ts ? age(nowMs, ts) : '<unknown>');

export const EVENT_TABLE: TableHandler = {
  columns: [col('Last Seen'), col('Type'), col('Reason'), col('Object'), wide('Subobject'), wide('Source'), col('Message'),
    wide('First Seen'), wide('Count'), { name: 'Name', priority: 1, format: 'name' }],
  row(obj, { nowMs, wide: isWide }) {
    const e = as<Event>(obj);
    const first = e.firstTimestamp ? eventTime(nowMs, e.firstTimestamp) : eventTime(nowMs, e.eventTime);
    let last = e.lastTimestamp ? eventTime(nowMs, e.lastTimestamp) : first;
    let count = e.count ?? 0;
    if (e.series) {
      last = eventTime(nowMs, e.series.lastObservedTime);
      count = e.series.count ?? 0;
    } else if (count === 0) count = 1;
    const kind = (e.involvedObject?.kind ?? '').toLowerCase();
    const target = e.involvedObject?.name ? `${kind}/${e.involvedObject.name}` : kind;
    const message = (e.message ?? '').trim();
    if (!isWide) return [last, e.type ?? '', e.reason ?? '', target, message];
    return [last, e.type ?? '', e.reason ?? '', target, e.involvedObject?.fieldPath ?? '', eventSource(e), message, first, count, name(obj)];
  },
};

/** `component, host` with reportingController/reportingInstance as fallbacks. */
export function eventSource(e: Event): string {
  const component = e.source?.component || e.reportingComponent || '';
  const instance = e.source?.host || e.reportingInstance || '';
  return instance === '' ? component : `${component}, ${instance}`;
}

/** Deviation from upstream: AGE second, as 1.29–1.31 servers print it (newer ones moved it last). */
export const RESOURCE_QUOTA_TABLE: TableHandler = {
  columns: [NAME_COLUMN, AGE_COLUMN, col('Request'), col('Limit')],
  row(obj, { nowMs }) {
    const rq = as<ResourceQuota>(obj);
    const hard = rq.status?.hard ?? {};
    const used = rq.status?.used ?? {};
    const request: string[] = [];
    const limit: string[] = [];
    for (const resource of Object.keys(hard).sort(compareStrings)) {
      const entry = `${resource}: ${canonicalQuantity(used[resource] ?? '0')}/${canonicalQuantity(hard[resource])}`;
      const pieces = resource.split('.');
      (pieces.length > 1 && pieces[0] === 'limits' ? limit : request).push(entry);
    }
    return [name(obj), ageOf(obj, nowMs), request.join(', '), limit.join(', ')];
  },
};

function subjectStrings(subjects: readonly Subject[] | undefined): [string, string, string] {
  const users: string[] = [];
  const groups: string[] = [];
  const sas: string[] = [];
  for (const s of subjects ?? []) {
    if (s.kind === 'User') users.push(s.name);
    else if (s.kind === 'Group') groups.push(s.name);
    else if (s.kind === 'ServiceAccount') sas.push(s.namespace ? `${s.namespace}/${s.name}` : s.name);
  }
  return [users.join(', '), groups.join(', '), sas.join(', ')];
}

export const ROLE_BINDING_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Role'), AGE_COLUMN, wide('Users'), wide('Groups'), wide('ServiceAccounts')],
  row(obj, { nowMs, wide: isWide }) {
    const rb = as<ClusterRoleBinding>(obj);
    const cells: Cell[] = [name(obj), `${rb.roleRef?.kind ?? ''}/${rb.roleRef?.name ?? ''}`, ageOf(obj, nowMs)];
    return isWide ? [...cells, ...subjectStrings(rb.subjects)] : cells;
  },
};

export const PRIORITY_CLASS_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Value'), col('Global-Default'), AGE_COLUMN, col('PreemptionPolicy')],
  row(obj, { nowMs, wide: isWide }) {
    const pc = as<PriorityClass>(obj);
    const cells: Cell[] = [name(obj), pc.value ?? 0, pc.globalDefault ?? false, ageOf(obj, nowMs)];
    return isWide ? [...cells, pc.preemptionPolicy ?? ''] : cells;
  },
};

export const LEASE_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Holder'), AGE_COLUMN],
  row: (obj, { nowMs }) => [name(obj), as<Lease>(obj).spec?.holderIdentity ?? '', ageOf(obj, nowMs)],
};

export const RUNTIME_CLASS_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Handler'), AGE_COLUMN],
  row: (obj, { nowMs }) => [name(obj), as<RuntimeClass>(obj).handler ?? '', ageOf(obj, nowMs)],
};
