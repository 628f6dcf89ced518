// The Deployment strategy: apps/v1 defaults (1 replica, RollingUpdate 25%/25%, history 10,
// progress deadline 600 s), ValidateDeploymentSpec, `status: {}` on create, generation bumps on
// spec or annotation changes, immutable selector. Mirrors pkg/registry/apps/deployment (v1.31).

import type { DeploymentSpec } from 'kubernetes-types/apps/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { deepEqual } from '../../../base/json.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { goIntOrString, goNilPointer, goPointer, goString, invalidRaw, notSupportedRaw } from '../common/gofmt.ts';
import { specOf } from '../common/objects.ts';
import { nonNegative } from '../common/validators.ts';
import { defaultPodTemplate } from '../podtemplate/defaults.ts';
import { immutableSelector, intOrPercentValue, notMoreThan100Percent, validateOwnedTemplate, validatePositiveIntOrPercent, validateSelector } from '../workloads/validation.ts';

/** Annotations the deployment controller maintains (upstream writes them through /status). */
const CONTROLLER_ANNOTATION_PREFIX = 'deployment.kubernetes.io/';

const spec = (d: KubeObject): DeploymentSpec => (d.spec ?? {}) as DeploymentSpec;

export function defaultDeployment(d: KubeObject): void {
  const s = specOf(d) as unknown as DeploymentSpec;
  if (s.replicas === undefined || s.replicas === null) s.replicas = 1;
  const strategy = (s.strategy ??= {});
  if (!strategy.type) strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const rolling = (strategy.rollingUpdate ??= {});
    if (rolling.maxUnavailable === undefined || rolling.maxUnavailable === null) rolling.maxUnavailable = '25%';
    if (rolling.maxSurge === undefined || rolling.maxSurge === null) rolling.maxSurge = '25%';
  }
  if (s.revisionHistoryLimit === undefined || s.revisionHistoryLimit === null) s.revisionHistoryLimit = 10;
  if (s.progressDeadlineSeconds === undefined || s.progressDeadlineSeconds === null) s.progressDeadlineSeconds = 600;
  defaultPodTemplate(d, s.template ??= {} as DeploymentSpec['template']);
}

export function validateDeployment(d: KubeObject): FieldCause[] {
  const s = spec(d);
  const causes = [...nonNegative(s.replicas, 'spec.replicas')];
  causes.push(...validateSelector(s.selector, 'empty selector is invalid for deployment'));
  causes.push(...validateOwnedTemplate(s.selector, s.template, 'ReplicaSet'));
  causes.push(...validateStrategy(s.strategy ?? {}));
  causes.push(...nonNegative(s.minReadySeconds, 'spec.minReadySeconds'));
  if (typeof s.revisionHistoryLimit === 'number') causes.push(...nonNegative(s.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
  if (typeof s.progressDeadlineSeconds === 'number') {
    causes.push(...nonNegative(s.progressDeadlineSeconds, 'spec.progressDeadlineSeconds'));
    if (s.progressDeadlineSeconds <= (s.minReadySeconds ?? 0)) {
      causes.push(field.invalid('spec.progressDeadlineSeconds', s.progressDeadlineSeconds, 'must be greater than minReadySeconds'));
    }
  }
  return causes;
}

function validateStrategy(strategy: NonNullable<DeploymentSpec['strategy']>): FieldCause[] {
  const path = 'spec.strategy';
  if (strategy.type === 'Recreate') {
    return strategy.rollingUpdate ? [field.forbidden(`${path}.rollingUpdate`, "may not be specified when strategy `type` is 'Recreate'")] : [];
  }
  if (strategy.type !== 'RollingUpdate') {
    const rolling = strategy.rollingUpdate ? goPointer('apps.RollingUpdateDeployment') : goNilPointer('apps.RollingUpdateDeployment');
    return [notSupportedRaw(path, `apps.DeploymentStrategy{Type:${goString(strategy.type ?? '')}, RollingUpdate:${rolling}}`, ['Recreate', 'RollingUpdate'])];
  }
  const rolling = strategy.rollingUpdate;
  if (!rolling) return [field.required(`${path}.rollingUpdate`, 'this should be defaulted and never be nil')];
  const p = `${path}.rollingUpdate`;
  const causes = [...validatePositiveIntOrPercent(rolling.maxUnavailable, `${p}.maxUnavailable`), ...validatePositiveIntOrPercent(rolling.maxSurge, `${p}.maxSurge`)];
  if (intOrPercentValue(rolling.maxUnavailable) === 0 && intOrPercentValue(rolling.maxSurge) === 0) {
    causes.push(invalidRaw(`${p}.maxUnavailable`, goIntOrString(rolling.maxUnavailable), 'may not be 0 when `maxSurge` is 0'));
  }
  causes.push(...notMoreThan100Percent(rolling.maxUnavailable, `${p}.maxUnavailable`));
  return causes;
}

function userAnnotations(d: KubeObject): Record<string, string> {
  return Object.fromEntries(Object.entries(d.metadata.annotations ?? {}).filter(([k]) => !k.startsWith(CONTROLLER_ANNOTATION_PREFIX)));
}

export const deploymentStrategy: ResourceStrategy = {
  hasStatus: true,
  tracksGeneration: true,
  default: defaultDeployment,
  validate: validateDeployment,
  prepareForCreate(d) {
    d.status = {};
  },
  prepareForUpdate(d, old) {
    // Deviation from upstream: controller-owned `deployment.kubernetes.io/*` annotations do not bump
    // the generation here, because our controller writes them with a plain update, not via /status.
    if (!deepEqual(userAnnotations(d), userAnnotations(old))) d.metadata.generation = (old.metadata.generation ?? 1) + 1;
  },
  validateUpdate: (d, old) => [...validateDeployment(d), ...immutableSelector(spec(d).selector, spec(old).selector)],
};
