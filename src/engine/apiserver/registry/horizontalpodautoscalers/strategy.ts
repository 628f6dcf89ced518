// The HorizontalPodAutoscaler strategy (autoscaling/v2, also reached through autoscaling/v1):
// minReplicas 1, an 80% CPU metric when none is given, behavior defaults, spec validation and the
// `status: {currentMetrics: null, desiredReplicas: 0}` a fresh HPA shows.
// Mirrors pkg/apis/autoscaling/v2 defaults and pkg/apis/autoscaling/validation (v1.31).

import type { HorizontalPodAutoscalerSpec, HPAScalingRules, MetricSpec, MetricTarget } from 'kubernetes-types/autoscaling/v2';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { formatQuantity, quantitySign, tryParseQuantity } from '../../../api/quantity.ts';
import { clone } from '../../../base/json.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { canonicalizeQuantity, specOf } from '../common/objects.ts';

export const DEFAULT_CPU_UTILIZATION = 80;
const METRIC_TYPES = ['Object', 'Pods', 'Resource', 'External', 'ContainerResource'];

const SCALE_UP: HPAScalingRules = {
  stabilizationWindowSeconds: 0, selectPolicy: 'Max',
  policies: [{ type: 'Pods', value: 4, periodSeconds: 15 }, { type: 'Percent', value: 100, periodSeconds: 15 }],
};
const SCALE_DOWN: HPAScalingRules = { selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] };

function rules(given: HPAScalingRules | undefined, defaults: HPAScalingRules): HPAScalingRules {
  const out: HPAScalingRules = clone(defaults);
  if (given?.selectPolicy !== undefined) out.selectPolicy = given.selectPolicy;
  if (given?.stabilizationWindowSeconds !== undefined) out.stabilizationWindowSeconds = given.stabilizationWindowSeconds;
  if (given?.policies !== undefined) out.policies = given.policies;
  return out;
}

function defaultHpa(hpa: KubeObject): void {
  const s = specOf(hpa) as unknown as HorizontalPodAutoscalerSpec & { targetCPUUtilizationPercentage?: number };
  if (s.targetCPUUtilizationPercentage !== undefined) {
    // autoscaling/v1 body: convert its CPU target into a v2 metric.
    s.metrics = [resourceMetric(s.targetCPUUtilizationPercentage)];
    delete s.targetCPUUtilizationPercentage;
  }
  s.minReplicas ??= 1;
  if ((s.metrics ?? []).length === 0) s.metrics = [resourceMetric(DEFAULT_CPU_UTILIZATION)];
  for (const metric of s.metrics ?? []) for (const target of targets(metric)) {
    canonicalizeQuantity(hpa, target, 'value');
    canonicalizeQuantity(hpa, target, 'averageValue');
  }
  if (s.behavior) {
    s.behavior.scaleUp = rules(s.behavior.scaleUp, SCALE_UP);
    s.behavior.scaleDown = rules(s.behavior.scaleDown, SCALE_DOWN);
  }
}

function resourceMetric(utilization: number): MetricSpec {
  return { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: utilization } } };
}

function targets(metric: MetricSpec): MetricTarget[] {
  return [metric.resource?.target, metric.containerResource?.target, metric.pods?.target, metric.object?.target, metric.external?.target]
    .filter((t): t is MetricTarget => t !== undefined);
}

function validateTarget(target: MetricTarget, path: string): FieldCause[] {
  const causes: FieldCause[] = [];
  if (!target.type) causes.push(field.required(`${path}.type`, 'must specify a metric target type'));
  if (!['Utilization', 'Value', 'AverageValue'].includes(target.type)) causes.push(field.invalid(`${path}.type`, target.type ?? '', 'must be either Utilization, Value, or AverageValue'));
  for (const key of ['value', 'averageValue'] as const) {
    const q = tryParseQuantity(target[key]);
    if (q && quantitySign(q) !== 1) causes.push(field.invalid(`${path}.${key}`, formatQuantity(q), 'must be positive'));
  }
  if (target.averageUtilization !== undefined && target.averageUtilization < 1) causes.push(field.invalid(`${path}.averageUtilization`, target.averageUtilization, 'must be greater than 0'));
  return causes;
}

function validateMetric(metric: MetricSpec, path: string): FieldCause[] {
  if (!metric.type) return [field.required(`${path}.type`, 'must specify a metric source type')];
  if (!METRIC_TYPES.includes(metric.type)) return [field.notSupported(`${path}.type`, metric.type, METRIC_TYPES)];
  const key = metric.type === 'ContainerResource' ? 'containerResource' : metric.type.toLowerCase() as 'object' | 'pods' | 'resource' | 'external';
  const source = metric[key] as { name?: string; target?: MetricTarget } | undefined;
  if (!source) return [field.required(`${path}.${key}`, 'must populate information for the given metric source')];
  const causes: FieldCause[] = [];
  const p = `${path}.${key}`;
  if ((key === 'resource' || key === 'containerResource') && !source.name) causes.push(field.required(`${p}.name`, 'must specify a resource name'));
  if (source.target) causes.push(...validateTarget(source.target, `${p}.target`));
  if (key === 'resource' && source.target && source.target.averageUtilization === undefined && source.target.averageValue === undefined) {
    causes.push(field.required(`${p}.target.averageUtilization`, 'must set either a target raw value or a target utilization'));
  }
  return causes;
}

function validateHpa(hpa: KubeObject): FieldCause[] {
  const s = (hpa.spec ?? {}) as HorizontalPodAutoscalerSpec;
  const causes: FieldCause[] = [];
  if (s.minReplicas !== undefined && s.minReplicas < 1) causes.push(field.invalid('spec.minReplicas', s.minReplicas, 'must be greater than or equal to 1'));
  if ((s.maxReplicas ?? 0) < 1) causes.push(field.invalid('spec.maxReplicas', s.maxReplicas ?? 0, 'must be greater than 0'));
  if (s.minReplicas !== undefined && (s.maxReplicas ?? 0) < s.minReplicas) causes.push(field.invalid('spec.maxReplicas', s.maxReplicas ?? 0, 'must be greater than or equal to `minReplicas`'));
  for (const key of ['kind', 'name'] as const) {
    const value = s.scaleTargetRef?.[key] ?? '';
    if (!value) causes.push(field.required(`spec.scaleTargetRef.${key}`));
    else if (/[/%]/.test(value) || value === '.' || value === '..') causes.push(field.invalid(`spec.scaleTargetRef.${key}`, value, value.includes('/') ? "may not contain '/'" : "may not contain '%'"));
  }
  (s.metrics ?? []).forEach((m, i) => causes.push(...validateMetric(m, `spec.metrics[${i}]`)));
  return causes;
}

export const horizontalPodAutoscalerStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: false,
  default: defaultHpa,
  validate: validateHpa,
  prepareForCreate(hpa) {
    hpa.status = { currentMetrics: null, desiredReplicas: 0 };
  },
  validateUpdate: (hpa) => validateHpa(hpa),
};
