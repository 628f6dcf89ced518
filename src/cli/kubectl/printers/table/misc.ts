// The remaining built-in tables (printers.go and kube-aggregator): HorizontalPodAutoscaler (1.30+
// `cpu: 50%/80%` targets), PodDisruptionBudget, CertificateSigningRequest, ComponentStatus, admission
// webhooks and policies, FlowSchema, PriorityLevelConfiguration, APIService.

import type { HorizontalPodAutoscaler, MetricSpec, MetricStatus } from 'kubernetes-types/autoscaling/v2';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { CertificateSigningRequest } from 'kubernetes-types/certificates/v1';
import type { ComponentStatus } from 'kubernetes-types/core/v1';
import type { FlowSchema, PriorityLevelConfiguration } from 'kubernetes-types/flowcontrol/v1';
import { humanDuration, type KubeObject } from '../../../../engine/index.ts';
import { canonicalQuantity } from '../quantity.ts';
import { ageOf, as } from './cells.ts';
import { AGE_COLUMN, col, NAME_COLUMN, type Cell, type TableHandler } from './types.ts';

const name = (obj: KubeObject): string => obj.metadata.name ?? '';
const q = (v: unknown): string => canonicalQuantity(v ?? '0');

function hpaMetric(spec: MetricSpec, status: MetricStatus | undefined): string {
  const unknown = '<unknown>';
  switch (spec.type) {
    case 'External':
      return spec.external?.target.averageValue !== undefined
        ? `${status?.external?.current.averageValue !== undefined ? q(status.external.current.averageValue) : unknown}/${q(spec.external.target.averageValue)} (avg)`
        : `${status?.external ? q(status.external.current.value) : unknown}/${q(spec.external?.target.value)}`;
    case 'Pods':
      return `${status?.pods ? q(status.pods.current.averageValue) : unknown}/${q(spec.pods?.target.averageValue)}`;
    case 'Object':
      return spec.object?.target.averageValue !== undefined
        ? `${status?.object?.current.averageValue !== undefined ? q(status.object.current.averageValue) : unknown}/${q(spec.object.target.averageValue)} (avg)`
        : `${status?.object ? q(status.object.current.value) : unknown}/${q(spec.object?.target.value)}`;
    case 'Resource':
    case 'ContainerResource': {
      const source = spec.type === 'Resource' ? spec.resource : spec.containerResource;
      const current = spec.type === 'Resource' ? status?.resource?.current : status?.containerResource?.current;
      if (source?.target.averageValue !== undefined) {
        return `${source.name}: ${current ? q(current.averageValue) : unknown}/${q(source.target.averageValue)}`;
      }
      const cur = current?.averageUtilization !== undefined ? `${current.averageUtilization}%` : unknown;
      const target = source?.target.averageUtilization !== undefined ? `${source.target.averageUtilization}%` : '<auto>';
      return `${source?.name ?? ''}: ${cur}/${target}`;
    }
    default:
      return '<unknown type>';
  }
}

function hpaTargets(hpa: HorizontalPodAutoscaler): string {
  const specs = hpa.spec?.metrics ?? [];
  if (specs.length === 0) return '<none>';
  const statuses = hpa.status?.currentMetrics ?? [];
  const list = specs.map((s, i) => hpaMetric(s, statuses[i]));
  return list.length > 2 ? `${list.slice(0, 2).join(', ')} + ${list.length - 2} more...` : list.join(', ');
}

export const HORIZONTAL_POD_AUTOSCALER_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Reference'), col('Targets'), col('MinPods'), col('MaxPods'), col('Replicas'), AGE_COLUMN],
  row(obj, { nowMs }) {
    const hpa = as<HorizontalPodAutoscaler>(obj);
    const ref = hpa.spec?.scaleTargetRef;
    return [name(obj), `${ref?.kind ?? ''}/${ref?.name ?? ''}`, hpaTargets(hpa), hpa.spec?.minReplicas !== undefined ? String(hpa.spec.minReplicas) : '<unset>',
      hpa.spec?.maxReplicas ?? 0, hpa.status?.currentReplicas ?? 0, ageOf(obj, nowMs)];
  },
};

export const POD_DISRUPTION_BUDGET_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Min Available'), col('Max Unavailable'), col('Allowed Disruptions'), AGE_COLUMN],
  row(obj, { nowMs }) {
    const pdb = as<PodDisruptionBudget>(obj);
    const str = (v: string | number | undefined): string => (v === undefined ? 'N/A' : String(v));
    return [name(obj), str(pdb.spec?.minAvailable), str(pdb.spec?.maxUnavailable), pdb.status?.disruptionsAllowed ?? 0, ageOf(obj, nowMs)];
  },
};

function csrCondition(csr: CertificateSigningRequest): string {
  const types = new Set((csr.status?.conditions ?? []).map((c) => c.type));
  let status = types.has('Denied') ? 'Denied' : types.has('Approved') ? 'Approved' : 'Pending';
  if (types.has('Failed')) status += ',Failed';
  if (csr.status?.certificate) status += ',Issued';
  return status;
}

export const CERTIFICATE_SIGNING_REQUEST_TABLE: TableHandler = {
  columns: [NAME_COLUMN, AGE_COLUMN, col('SignerName'), col('Requestor'), col('RequestedDuration'), col('Condition')],
  row(obj, { nowMs }) {
    const csr = as<CertificateSigningRequest>(obj);
    const duration = csr.spec?.expirationSeconds !== undefined ? humanDuration(csr.spec.expirationSeconds * 1000) : '<none>';
    return [name(obj), ageOf(obj, nowMs), csr.spec?.signerName || '<none>', csr.spec?.username ?? '', duration, csrCondition(csr)];
  },
};

export const COMPONENT_STATUS_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Status'), col('Message'), col('Error')],
  row(obj) {
    const healthy = (as<ComponentStatus>(obj).conditions ?? []).find((c) => c.type === 'Healthy');
    const status = healthy ? (healthy.status === 'True' ? 'Healthy' : 'Unhealthy') : 'Unknown';
    return [name(obj), status, healthy?.message ?? '', healthy?.error ?? ''];
  },
};

export const WEBHOOK_CONFIGURATION_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Webhooks'), AGE_COLUMN],
  row: (obj, { nowMs }) => [name(obj), ((obj.webhooks as unknown[] | undefined) ?? []).length, ageOf(obj, nowMs)],
};

export const VALIDATING_ADMISSION_POLICY_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Validations'), col('ParamKind'), AGE_COLUMN],
  row(obj, { nowMs }) {
    const spec = obj.spec as { validations?: unknown[]; paramKind?: { apiVersion?: string; kind?: string } } | undefined;
    const paramKind = spec?.paramKind ? `${spec.paramKind.apiVersion ?? ''}/${spec.paramKind.kind ?? ''}` : '<unset>';
    return [name(obj), spec?.validations?.length ?? 0, paramKind, ageOf(obj, nowMs)];
  },
};

export const VALIDATING_ADMISSION_POLICY_BINDING_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('PolicyName'), col('ParamRef'), AGE_COLUMN],
  row(obj, { nowMs }) {
    const spec = obj.spec as { policyName?: string; paramRef?: { name?: string; namespace?: string } } | undefined;
    const ref = spec?.paramRef;
    const param = !ref ? '<unset>' : ref.name ? (ref.namespace ? `${ref.namespace}/${ref.name}` : `*/${ref.name}`) : '<unset>';
    return [name(obj), spec?.policyName ?? '', param, ageOf(obj, nowMs)];
  },
};

export const FLOW_SCHEMA_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('PriorityLevel'), col('MatchingPrecedence'), col('DistinguisherMethod'), AGE_COLUMN, col('MissingPL')],
  row(obj, { nowMs }) {
    const fs = as<FlowSchema>(obj);
    const dangling = (fs.status?.conditions ?? []).find((c) => c.type === 'Dangling');
    return [name(obj), fs.spec?.priorityLevelConfiguration.name ?? '', fs.spec?.matchingPrecedence ?? 0,
      fs.spec?.distinguisherMethod?.type ?? '<none>', ageOf(obj, nowMs), dangling?.status ?? '?'];
  },
};

export const PRIORITY_LEVEL_CONFIGURATION_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Type'), col('NominalConcurrencyShares'), col('Queues'), col('HandSize'), col('QueueLengthLimit'), AGE_COLUMN],
  row(obj, { nowMs }) {
    const spec = as<PriorityLevelConfiguration>(obj).spec;
    const limited = spec?.limited;
    const queuing = limited?.limitResponse?.queuing;
    const cells: Cell[] = limited
      ? [limited.nominalConcurrencyShares ?? 0, queuing?.queues ?? '<none>', queuing?.handSize ?? '<none>', queuing?.queueLengthLimit ?? '<none>']
      : ['<none>', '<none>', '<none>', '<none>'];
    return [name(obj), spec?.type ?? '', ...cells, ageOf(obj, nowMs)];
  },
};

export const API_SERVICE_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Service'), col('Available'), AGE_COLUMN],
  row(obj, { nowMs }) {
    const spec = obj.spec as { service?: { namespace?: string; name?: string } } | undefined;
    const conditions = ((obj.status as { conditions?: Array<{ type: string; status: string; reason?: string }> } | undefined)?.conditions) ?? [];
    const available = conditions.find((c) => c.type === 'Available');
    const status = !available ? 'Unknown' : available.status === 'True' || !available.reason ? available.status : `${available.status} (${available.reason})`;
    return [name(obj), spec?.service ? `${spec.service.namespace ?? ''}/${spec.service.name ?? ''}` : 'Local', status, ageOf(obj, nowMs)];
  },
};
