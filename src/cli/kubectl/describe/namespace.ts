// Namespace-scoped policy describers (describe.go): Namespace (with its quotas and limit ranges),
// ResourceQuota and LimitRange.

import type { LimitRange, LimitRangeSpec, ResourceQuota } from 'kubernetes-types/core/v1';
import { resourceByName, type KubeObject } from '../../../engine/index.ts';
import { compareStrings } from '../printers/go-format.ts';
import { canonicalQuantity, formatQuantity, parseQuantity, quantityValue, ZERO_QUANTITY } from '../printers/quantity.ts';
import { formatTime, printAnnotationsMultiline, printLabelsMultiline, writeNameNamespace } from './common.ts';
import { LEVEL_0, LEVEL_1, tabbedString, type PrefixWriter } from './prefix-writer.ts';
import type { Describer } from './types.ts';

const RESOURCE_QUOTAS = resourceByName('', 'resourcequotas')!;
const LIMIT_RANGES = resourceByName('', 'limitranges')!;

const SCOPE_HELP: Readonly<Record<string, string>> = {
  Terminating: 'Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.',
  NotTerminating: 'Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.',
  BestEffort: 'Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.',
  NotBestEffort: 'Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.',
};

export const describeNamespace: Describer = ({ ctx, info, name }) => {
  const obj = ctx.client.server.get(info, undefined, name);
  const quotas = ctx.client.server.list(RESOURCE_QUOTAS, name).items;
  const limits = ctx.client.server.list(LIMIT_RANGES, name).items;
  const status = obj.status as { phase?: string; conditions?: Array<{ type: string; status: string; lastTransitionTime?: string; reason?: string; message?: string }> } | undefined;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${name}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    w.write(LEVEL_0, `Status:\t${status?.phase ?? ''}\n`);
    if ((status?.conditions ?? []).length > 0) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t------------------\t------\t-------\n');
      for (const c of status!.conditions!) w.write(LEVEL_1, `${c.type}\t${c.status}\t${formatTime(c.lastTransitionTime)}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
    }
    w.write(LEVEL_0, '\n');
    describeResourceQuotas(w, quotas);
    w.write(LEVEL_0, '\n');
    describeLimitRanges(w, limits);
  });
};

function describeResourceQuotas(w: PrefixWriter, quotas: readonly KubeObject[]): void {
  if (quotas.length === 0) {
    w.write(LEVEL_0, 'No resource quota.\n');
    return;
  }
  w.write(LEVEL_0, 'Resource Quotas\n');
  for (const obj of [...quotas].sort((a, b) => compareStrings(a.metadata.name ?? '', b.metadata.name ?? ''))) {
    const q = obj as unknown as ResourceQuota;
    w.write(LEVEL_1, `Name:\t${obj.metadata.name ?? ''}\n`);
    const scopes = [...(q.spec?.scopes ?? [])].sort(compareStrings);
    if (scopes.length > 0) {
      w.write(LEVEL_1, `Scopes:\t${scopes.join(', ')}\n`);
      for (const s of scopes) if (SCOPE_HELP[s]) w.write(LEVEL_1, `* ${SCOPE_HELP[s]}\n`);
    }
    w.write(LEVEL_1, 'Resource\tUsed\tHard\n');
    w.write(LEVEL_1, '--------\t---\t---\n');
    for (const r of Object.keys(q.status?.hard ?? {}).sort(compareStrings)) {
      w.write(LEVEL_1, `${r}\t${canonicalQuantity(q.status?.used?.[r] ?? '0')}\t${canonicalQuantity(q.status!.hard![r])}\n`);
    }
  }
}

function describeLimitRanges(w: PrefixWriter, ranges: readonly KubeObject[]): void {
  if (ranges.length === 0) {
    w.write(LEVEL_0, 'No LimitRange resource.\n');
    return;
  }
  w.write(LEVEL_0, 'Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n');
  w.write(LEVEL_0, ' ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
  for (const r of ranges) describeLimitRangeSpec(w, (r as unknown as LimitRange).spec, ' ');
}

/** describeLimitRangeSpec. Deviation from upstream: resources in sorted order (Go map order is random). */
function describeLimitRangeSpec(w: PrefixWriter, spec: LimitRangeSpec | undefined, prefix: string): void {
  for (const item of spec?.limits ?? []) {
    const lists = [item.min, item.max, item.defaultRequest, item.default, item.maxLimitRequestRatio];
    const names = [...new Set(lists.flatMap((l) => Object.keys(l ?? {})))].sort(compareStrings);
    for (const name of names) {
      const cells = lists.map((l) => (l?.[name] !== undefined ? canonicalQuantity(l[name]) : '-'));
      w.write(LEVEL_0, `${prefix}${item.type}\t${name}\t${cells.join('\t')}\n`);
    }
  }
}

export const describeLimitRange: Describer = ({ ctx, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  return tabbedString((w) => {
    writeNameNamespace(w, obj);
    w.write(LEVEL_0, 'Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n');
    w.write(LEVEL_0, '----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
    describeLimitRangeSpec(w, (obj as unknown as LimitRange).spec, '');
  });
};

export const describeResourceQuota: Describer = ({ ctx, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const q = obj as unknown as ResourceQuota;
  return tabbedString((w) => {
    writeNameNamespace(w, obj);
    const scopes = [...(q.spec?.scopes ?? [])].sort(compareStrings);
    if (scopes.length > 0) {
      w.write(LEVEL_0, `Scopes:\t${scopes.join(', ')}\n`);
      for (const s of scopes) if (SCOPE_HELP[s]) w.write(LEVEL_0, ` * ${SCOPE_HELP[s]}\n`);
    }
    w.write(LEVEL_0, 'Resource\tUsed\tHard\n');
    w.write(LEVEL_0, '--------\t----\t----\n');
    for (const r of Object.keys(q.status?.hard ?? {}).sort(compareStrings)) {
      w.write(LEVEL_0, `${r}\t${usedAsHard(q.status?.used?.[r], q.status!.hard![r])}\t${canonicalQuantity(q.status!.hard![r])}\n`);
    }
  });
};

/** describeQuota: a used value in another format than its hard limit is shown as its integer value in the limit's format. */
function usedAsHard(used: unknown, hard: unknown): string {
  const u = parseQuantity(used) ?? ZERO_QUANTITY;
  const h = parseQuantity(hard);
  if (!h || u.format === h.format) return formatQuantity(u);
  return formatQuantity({ coef: BigInt(quantityValue(u)), exp: 0, format: h.format });
}
