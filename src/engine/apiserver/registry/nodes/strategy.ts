// The Node strategy: status is accepted on create (the kubelet registers with it) and kept on
// update, allocatable defaults to capacity, new nodes get the not-ready NoSchedule taint
// (TaintNodesByCondition admission), taints are validated (under `metadata.taints`, as upstream
// reports them). Mirrors pkg/registry/core/node/strategy.go and ValidateNode (v1.31).

import type { NodeSpec, NodeStatus, Taint } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import { isLabelValue } from '../../../api/validation/names.ts';
import { clone, deepEqual } from '../../../base/json.ts';
import type { ResourceStrategy } from '../../strategy.ts';
import { duplicateRaw, goString } from '../common/gofmt.ts';
import { validateLabelName } from '../common/labels.ts';
import { canonicalizeResourceList, specOf } from '../common/objects.ts';
import { validateCIDR } from '../common/validators.ts';
import { TAINT_EFFECTS } from '../podtemplate/scheduling.ts';

export const NOT_READY_TAINT: Taint = { key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' };
const PODCIDR_FORBIDDEN = 'node updates may not change podCIDR except from "" to valid';

const spec = (node: KubeObject): NodeSpec => (node.spec ?? {}) as NodeSpec;

function defaultNode(node: KubeObject): void {
  const status = node.status as NodeStatus | undefined;
  if (!status) return;
  canonicalizeResourceList(node, status.capacity);
  canonicalizeResourceList(node, status.allocatable);
  if (!status.allocatable && status.capacity) status.allocatable = { ...status.capacity };
}

function validateTaints(taints: readonly Taint[]): FieldCause[] {
  const causes: FieldCause[] = [];
  const seen = new Set<string>();
  taints.forEach((t, i) => {
    const p = `metadata.taints[${i}]`;
    causes.push(...validateLabelName(t.key, `${p}.key`));
    const errs = isLabelValue(t.value ?? '');
    if (errs.length > 0) causes.push(field.invalid(`${p}.value`, t.value ?? '', errs.join(';')));
    if (!t.effect) causes.push(field.required(`${p}.effect`));
    else if (!TAINT_EFFECTS.includes(t.effect)) causes.push(field.notSupported(`${p}.effect`, t.effect, TAINT_EFFECTS));
    const id = `${t.effect}\u0000${t.key}`;
    if (seen.has(id)) {
      const text = `core.Taint{Key:${goString(t.key)}, Value:${goString(t.value ?? '')}, Effect:${goString(t.effect ?? '')}, TimeAdded:(*v1.Time)(nil)}`;
      causes.push(duplicateRaw(p, text, 'taints must be unique by key and effect pair'));
    }
    seen.add(id);
  });
  return causes;
}

function validateNode(node: KubeObject): FieldCause[] {
  const s = spec(node);
  const causes = validateTaints(s.taints ?? []);
  (s.podCIDRs ?? []).forEach((cidr, i) => causes.push(...validateCIDR(cidr, `spec.podCIDRs[${i}]`)));
  return causes;
}

function validateNodeUpdate(node: KubeObject, old: KubeObject): FieldCause[] {
  const causes = validateNode(node);
  const oldCIDRs = spec(old).podCIDRs ?? [];
  if (oldCIDRs.length > 0 && !deepEqual(oldCIDRs, spec(node).podCIDRs ?? [])) causes.push(field.forbidden('spec.podCIDRs', PODCIDR_FORBIDDEN));
  const oldProvider = spec(old).providerID;
  if (oldProvider && oldProvider !== spec(node).providerID) {
    causes.push(field.forbidden('spec.providerID', 'node updates may not change providerID except from "" to valid'));
  }
  return causes;
}

export const nodeStrategy: ResourceStrategy = {
  hasStatus: false,
  tracksGeneration: false,
  default: defaultNode,
  admit(node) {
    const s = specOf(node) as NodeSpec;
    const taints = s.taints ?? [];
    const present = taints.some((t) => t.key === NOT_READY_TAINT.key && t.effect === NOT_READY_TAINT.effect);
    if (!present) s.taints = [...taints, { ...NOT_READY_TAINT }];
  },
  validate: validateNode,
  prepareForUpdate(node, old) {
    if (old.status === undefined) delete node.status;
    else node.status = clone(old.status);
  },
  validateUpdate: validateNodeUpdate,
  fieldLabels: {
    'spec.unschedulable': (node) => String(spec(node).unschedulable === true),
  },
};
