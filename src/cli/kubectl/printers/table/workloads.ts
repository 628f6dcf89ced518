// Workload tables (printers.go): ReplicaSet, ReplicationController, Deployment, StatefulSet, DaemonSet,
// Job (with the 1.30+ STATUS column), CronJob (with TIMEZONE), ControllerRevision.

import type { DaemonSet, Deployment, ReplicaSet, StatefulSet, ControllerRevision } from 'kubernetes-types/apps/v1';
import type { CronJob, Job } from 'kubernetes-types/batch/v1';
import type { ReplicationController } from 'kubernetes-types/core/v1';
import { humanDuration, parseTime, splitApiVersion, type KubeObject } from '../../../../engine/index.ts';
import { age } from '../../../../engine/index.ts';
import { ageOf, as, boolPtr, containerCells, formatLabels, formatSelector, selectorString } from './cells.ts';
import { AGE_COLUMN, col, NAME_COLUMN, wide, type Cell, type TableHandler } from './types.ts';

const CONTAINERS_IMAGES = [wide('Containers'), wide('Images')] as const;
const WIDE_TEMPLATE = [...CONTAINERS_IMAGES, wide('Selector')] as const;

const name = (obj: KubeObject): string => obj.metadata.name ?? '';

export const REPLICA_SET_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Desired'), col('Current'), col('Ready'), AGE_COLUMN, ...WIDE_TEMPLATE],
  row(obj, { nowMs, wide: isWide }) {
    const rs = as<ReplicaSet>(obj);
    const cells: Cell[] = [name(obj), rs.spec?.replicas ?? 0, rs.status?.replicas ?? 0, rs.status?.readyReplicas ?? 0, ageOf(obj, nowMs)];
    return isWide ? [...cells, ...containerCells(rs.spec?.template?.spec?.containers), formatSelector(rs.spec?.selector)] : cells;
  },
};

export const REPLICATION_CONTROLLER_TABLE: TableHandler = {
  columns: REPLICA_SET_TABLE.columns,
  row(obj, { nowMs, wide: isWide }) {
    const rc = as<ReplicationController>(obj);
    const cells: Cell[] = [name(obj), rc.spec?.replicas ?? 0, rc.status?.replicas ?? 0, rc.status?.readyReplicas ?? 0, ageOf(obj, nowMs)];
    return isWide ? [...cells, ...containerCells(rc.spec?.template?.spec?.containers), formatLabels(rc.spec?.selector)] : cells;
  },
};

export const DEPLOYMENT_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Ready'), col('Up-to-date'), col('Available'), AGE_COLUMN, ...WIDE_TEMPLATE],
  row(obj, { nowMs, wide: isWide }) {
    const d = as<Deployment>(obj);
    const cells: Cell[] = [name(obj), `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
      d.status?.updatedReplicas ?? 0, d.status?.availableReplicas ?? 0, ageOf(obj, nowMs)];
    return isWide ? [...cells, ...containerCells(d.spec?.template?.spec?.containers), selectorString(d.spec?.selector)] : cells;
  },
};

export const STATEFUL_SET_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Ready'), AGE_COLUMN, ...CONTAINERS_IMAGES],
  row(obj, { nowMs, wide: isWide }) {
    const s = as<StatefulSet>(obj);
    const cells: Cell[] = [name(obj), `${s.status?.readyReplicas ?? 0}/${s.spec?.replicas ?? 0}`, ageOf(obj, nowMs)];
    return isWide ? [...cells, ...containerCells(s.spec?.template?.spec?.containers)] : cells;
  },
};

export const DAEMON_SET_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Desired'), col('Current'), col('Ready'), col('Up-to-date'), col('Available'),
    col('Node Selector'), AGE_COLUMN, ...WIDE_TEMPLATE],
  row(obj, { nowMs, wide: isWide }) {
    const ds = as<DaemonSet>(obj);
    const st = ds.status;
    const cells: Cell[] = [name(obj), st?.desiredNumberScheduled ?? 0, st?.currentNumberScheduled ?? 0, st?.numberReady ?? 0,
      st?.updatedNumberScheduled ?? 0, st?.numberAvailable ?? 0, formatLabels(ds.spec?.template?.spec?.nodeSelector), ageOf(obj, nowMs)];
    return isWide ? [...cells, ...containerCells(ds.spec?.template?.spec?.containers), formatSelector(ds.spec?.selector)] : cells;
  },
};

export const JOB_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Status'), col('Completions'), col('Duration'), AGE_COLUMN, ...WIDE_TEMPLATE],
  row(obj, { nowMs, wide: isWide }) {
    const job = as<Job>(obj);
    const cells: Cell[] = [name(obj), jobStatus(job), jobCompletions(job), jobDuration(job, nowMs), ageOf(obj, nowMs)];
    return isWide ? [...cells, ...containerCells(job.spec?.template?.spec?.containers), formatSelector(job.spec?.selector)] : cells;
  },
};

function jobCompletions(job: Job): string {
  const succeeded = job.status?.succeeded ?? 0;
  if (job.spec?.completions !== undefined) return `${succeeded}/${job.spec.completions}`;
  const parallelism = job.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

function jobDuration(job: Job, nowMs: number): string {
  const start = parseTime(job.status?.startTime);
  if (start === undefined) return '';
  const end = parseTime(job.status?.completionTime);
  return humanDuration((end ?? nowMs) - start);
}

function jobStatus(job: Job): string {
  const has = (type: string): boolean => (job.status?.conditions ?? []).find((c) => c.type === type)?.status === 'True';
  if (has('Complete')) return 'Complete';
  if (has('Failed')) return 'Failed';
  if (job.metadata?.deletionTimestamp) return 'Terminating';
  if (has('Suspended')) return 'Suspended';
  if (has('FailureTarget')) return 'FailureTarget';
  return 'Running';
}

export const CRON_JOB_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Schedule'), col('Timezone'), col('Suspend'), col('Active'), col('Last Schedule'), AGE_COLUMN, ...WIDE_TEMPLATE],
  row(obj, { nowMs, wide: isWide }) {
    const cj = as<CronJob>(obj);
    const last = cj.status?.lastScheduleTime ? age(nowMs, cj.status.lastScheduleTime) : '<none>';
    const cells: Cell[] = [name(obj), cj.spec?.schedule ?? '', cj.spec?.timeZone ?? '<none>', boolPtr(cj.spec?.suspend),
      cj.status?.active?.length ?? 0, last, ageOf(obj, nowMs)];
    const template = cj.spec?.jobTemplate?.spec;
    return isWide ? [...cells, ...containerCells(template?.template?.spec?.containers), formatSelector(template?.selector)] : cells;
  },
};

export const CONTROLLER_REVISION_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Controller'), col('Revision'), AGE_COLUMN],
  row(obj, { nowMs }) {
    const cr = as<ControllerRevision>(obj);
    const ref = (obj.metadata.ownerReferences ?? []).find((r) => r.controller === true);
    let controller = '<none>';
    if (ref) {
      const { group } = splitApiVersion(ref.apiVersion);
      controller = `${(group === '' ? ref.kind : `${ref.kind}.${group}`).toLowerCase()}/${ref.name}`;
    }
    return [name(obj), controller, cr.revision ?? 0, ageOf(obj, nowMs)];
  },
};
