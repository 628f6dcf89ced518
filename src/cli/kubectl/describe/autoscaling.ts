// `kubectl describe hpa` (describe.go describeHorizontalPodAutoscalerV2): reference, each metric as
// `current / target`, replica bounds, behavior, replica counts, conditions and events.

import type { HorizontalPodAutoscaler, HPAScalingRules, MetricSpec, MetricStatus } from 'kubernetes-types/autoscaling/v2';
import { goQuote } from '../../../engine/index.ts';
import { canonicalQuantity } from '../printers/quantity.ts';
import { formatTime, printAnnotationsMultiline, printLabelsMultiline, writeNameNamespace } from './common.ts';
import { describeEvents, eventQueryFor, searchEvents } from './events.ts';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, tabbedString, type PrefixWriter } from './prefix-writer.ts';
import type { Describer } from './types.ts';

const UNKNOWN = '<unknown>';
const q = (v: unknown): string => canonicalQuantity(v ?? '0');

function describeMetric(w: PrefixWriter, m: MetricSpec, s: MetricStatus | undefined): void {
  switch (m.type) {
    case 'External': {
      const avg = m.external?.target.averageValue !== undefined;
      const current = avg ? (s?.external?.current.averageValue !== undefined ? q(s.external.current.averageValue) : UNKNOWN) : s?.external ? q(s.external.current.value) : UNKNOWN;
      const target = avg ? q(m.external!.target.averageValue) : q(m.external?.target.value);
      w.write(LEVEL_1, `${goQuote(m.external?.metric.name ?? '')} (target ${avg ? 'average value' : 'value'}):\t${current} / ${target}\n`);
      return;
    }
    case 'Pods':
      w.write(LEVEL_1, `${goQuote(m.pods?.metric.name ?? '')} on pods:\t${s?.pods ? q(s.pods.current.averageValue) : UNKNOWN} / ${q(m.pods?.target.averageValue)}\n`);
      return;
    case 'Object': {
      const o = m.object!;
      w.write(LEVEL_1, `"${o.metric.name}" on ${o.describedObject.kind}/${o.describedObject.name} `);
      const avg = o.target.type === 'AverageValue';
      const current = s?.object ? q(avg ? s.object.current.averageValue : s.object.current.value) : UNKNOWN;
      w.write(LEVEL_0, `(target ${avg ? 'average value' : 'value'}):\t${current} / ${q(avg ? o.target.averageValue : o.target.value)}\n`);
      return;
    }
    case 'Resource':
    case 'ContainerResource': {
      const source = m.type === 'Resource' ? m.resource! : m.containerResource!;
      const current = m.type === 'Resource' ? s?.resource?.current : s?.containerResource?.current;
      const container = m.type === 'ContainerResource' ? ` of container "${m.containerResource!.container}"` : '';
      w.write(LEVEL_1, `resource ${source.name}${container} on pods`);
      if (source.target.averageValue !== undefined) {
        w.write(LEVEL_0, `:\t${current ? q(current.averageValue) : UNKNOWN} / ${q(source.target.averageValue)}\n`);
        return;
      }
      const cur = current?.averageUtilization !== undefined ? `${current.averageUtilization}% (${q(current.averageValue)})` : UNKNOWN;
      const target = source.target.averageUtilization !== undefined ? `${source.target.averageUtilization}%` : '<auto>';
      w.write(LEVEL_1, `(as a percentage of request):\t${cur} / ${target}\n`);
      return;
    }
    default:
      w.write(LEVEL_1, `<unknown metric type ${goQuote(m.type)}>\n`);
  }
}

function describeBehavior(w: PrefixWriter, direction: string, rules: HPAScalingRules | undefined): void {
  if (!rules) return;
  w.write(LEVEL_1, `${direction}:\n`);
  if (rules.stabilizationWindowSeconds !== undefined) w.write(LEVEL_2, `Stabilization Window: ${rules.stabilizationWindowSeconds} seconds\n`);
  if ((rules.policies ?? []).length === 0) return;
  w.write(LEVEL_2, `Select Policy: ${rules.selectPolicy ?? 'Max'}\n`);
  w.write(LEVEL_2, 'Policies:\n');
  for (const p of rules.policies!) w.write(LEVEL_3, `- Type: ${p.type}\tValue: ${p.value}\tPeriod: ${p.periodSeconds} seconds\n`);
}

export const describeHorizontalPodAutoscaler: Describer = ({ ctx, settings, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const hpa = obj as unknown as HorizontalPodAutoscaler;
  const events = settings.showEvents ? searchEvents(ctx, eventQueryFor(obj)) : undefined;
  const spec = hpa.spec;
  return tabbedString((w) => {
    writeNameNamespace(w, obj);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${formatTime(obj.metadata.creationTimestamp)}\n`);
    w.write(LEVEL_0, `Reference:\t${spec?.scaleTargetRef.kind ?? ''}/${spec?.scaleTargetRef.name ?? ''}\n`);
    w.write(LEVEL_0, 'Metrics:\t( current / target )\n');
    (spec?.metrics ?? []).forEach((m, i) => describeMetric(w, m, hpa.status?.currentMetrics?.[i]));
    w.write(LEVEL_0, `Min replicas:\t${spec?.minReplicas ?? '<unset>'}\n`);
    w.write(LEVEL_0, `Max replicas:\t${spec?.maxReplicas ?? 0}\n`);
    if (spec?.behavior) {
      w.write(LEVEL_0, 'Behavior:\n');
      describeBehavior(w, 'Scale Up', spec.behavior.scaleUp);
      describeBehavior(w, 'Scale Down', spec.behavior.scaleDown);
    }
    w.write(LEVEL_0, `${spec?.scaleTargetRef.kind ?? ''} pods:\t`);
    w.write(LEVEL_0, `${hpa.status?.currentReplicas ?? 0} current / ${hpa.status?.desiredReplicas ?? 0} desired\n`);
    const conditions = hpa.status?.conditions ?? [];
    if (conditions.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t------\t-------\n');
      for (const c of conditions) w.write(LEVEL_1, `${c.type}\t${c.status}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
    }
    if (events) describeEvents(w, events, ctx.nowMs());
  });
};
