// Rules shared by the controllers that own pods through a selector and a template (Deployment,
// ReplicaSet, StatefulSet, DaemonSet): selector presence and shape, selector/template agreement,
// int-or-percent fields, and the immutable selector. Mirrors pkg/apis/apps/validation.

import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import { goIntOrString, goLabelSelector, goStringMap, invalidRaw } from '../common/gofmt.ts';
import { isEmptySelector, selectorConvertible, selectorMatches, validateLabelSelector } from '../common/labels.ts';
import { asDict, labelsOf } from '../common/objects.ts';
import { FIELD_IMMUTABLE, isValidPercent, NON_NEGATIVE } from '../common/validators.ts';
import { validatePodTemplateSpec } from '../podtemplate/validation.ts';

export type IntOrString = number | string | undefined;

/** `spec.selector`: required, valid, non-empty (`empty selector is invalid for <kind>`). */
export function validateSelector(selector: LabelSelector | undefined, emptyWord: string, path = 'spec.selector'): FieldCause[] {
  if (!selector) return [field.required(path)];
  const causes = validateLabelSelector(selector, path);
  if (isEmptySelector(selector)) causes.push(invalidRaw(path, goLabelSelector(selector), emptyWord));
  return causes;
}

/** The template's labels must satisfy the selector (a nil selector matches nothing). */
export function selectorMatchesTemplate(selector: LabelSelector | undefined, template: unknown, path: string): FieldCause[] {
  if (!selectorConvertible(selector)) return [invalidRaw('spec.selector', goLabelSelector(selector), 'invalid label selector')];
  const meta = asDict(template)?.metadata;
  const labels = labelsOf(meta);
  if (selector && isEmptySelector(selector)) return [];
  return selectorMatches(selector, labels) ? [] : [invalidRaw(`${path}.metadata.labels`, goStringMap(labels), '`selector` does not match template `labels`')];
}

/** ValidatePodTemplateSpecForReplicaSet: agreement, the pod template, restartPolicy Always. */
export function validateOwnedTemplate(selector: LabelSelector | undefined, template: unknown, kind: string, path = 'spec.template'): FieldCause[] {
  const causes = selectorMatchesTemplate(selector, template, path);
  causes.push(...validatePodTemplateSpec(template, path));
  const spec = asDict(asDict(template)?.spec) ?? {};
  if (spec.restartPolicy !== 'Always') causes.push(field.notSupported(`${path}.spec.restartPolicy`, spec.restartPolicy ?? '', ['Always']));
  if (spec.activeDeadlineSeconds !== undefined && spec.activeDeadlineSeconds !== null) {
    causes.push(field.forbidden(`${path}.spec.activeDeadlineSeconds`, `activeDeadlineSeconds in ${kind} is not Supported`));
  }
  return causes;
}

export function percentValue(value: IntOrString): number | undefined {
  return typeof value === 'string' && /^[0-9]+%$/.test(value) ? Number(value.slice(0, -1)) : undefined;
}

/** getIntOrPercentValue: the int, or the percent number, or 0. */
export function intOrPercentValue(value: IntOrString): number {
  return typeof value === 'number' ? value : percentValue(value) ?? 0;
}

export function validatePositiveIntOrPercent(value: IntOrString, path: string): FieldCause[] {
  if (typeof value === 'string') return isValidPercent(value).map((m) => invalidRaw(path, goIntOrString(value), m));
  return (value ?? 0) < 0 ? [field.invalid(path, value ?? 0, NON_NEGATIVE)] : [];
}

export function notMoreThan100Percent(value: IntOrString, path: string): FieldCause[] {
  const percent = percentValue(value);
  return percent !== undefined && percent > 100 ? [invalidRaw(path, goIntOrString(value), 'must not be greater than 100%')] : [];
}

/** apps/v1 strategies forbid changing the selector: `spec.selector: Invalid value: v1.LabelSelector{…}: field is immutable`. */
export function immutableSelector(next: LabelSelector | undefined, prev: LabelSelector | undefined): FieldCause[] {
  return JSON.stringify(canonicalSelector(next)) === JSON.stringify(canonicalSelector(prev))
    ? [] : [invalidRaw('spec.selector', goLabelSelector(next), FIELD_IMMUTABLE)];
}

function canonicalSelector(sel: LabelSelector | undefined): unknown {
  if (!sel) return null;
  const labels = Object.entries(sel.matchLabels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { labels, exprs: sel.matchExpressions ?? [] };
}
