// Event strategies (core/v1 and events.k8s.io/v1): the legacy namespace agreement check and the
// field selectors `kubectl get events --field-selector` relies on.
// Mirrors pkg/registry/core/event/strategy.go (ToSelectableFields) and legacyValidateEvent.

import type { Event as CoreEvent } from 'kubernetes-types/core/v1';
import { field, type FieldCause } from '../../../api/errors.ts';
import type { KubeObject } from '../../../api/types.ts';
import type { ResourceStrategy } from '../../strategy.ts';

type Getter = (obj: KubeObject) => string;
const involved = (key: string): Getter => (e) => String(((e.involvedObject ?? {}) as Record<string, unknown>)[key] ?? '');
const regarding = (key: string): Getter => (e) => String(((e.regarding ?? {}) as Record<string, unknown>)[key] ?? '');
const top = (key: string): Getter => (e) => String(e[key] ?? '');

function validateCoreEvent(e: KubeObject): FieldCause[] {
  const event = e as unknown as CoreEvent & { eventTime?: string };
  if (event.eventTime) return [];
  const eventNs = e.metadata.namespace ?? '';
  const objectNs = event.involvedObject?.namespace ?? '';
  const agrees = objectNs === '' ? eventNs === '' || eventNs === 'default' : eventNs === objectNs;
  return agrees ? [] : [field.invalid('involvedObject.namespace', objectNs, 'does not match event.namespace')];
}

export const eventStrategy: ResourceStrategy = {
  hasStatus: false,
  tracksGeneration: false,
  validate: validateCoreEvent,
  validateUpdate: (e) => validateCoreEvent(e),
  fieldLabels: {
    'involvedObject.kind': involved('kind'),
    'involvedObject.namespace': involved('namespace'),
    'involvedObject.name': involved('name'),
    'involvedObject.uid': involved('uid'),
    'involvedObject.apiVersion': involved('apiVersion'),
    'involvedObject.resourceVersion': involved('resourceVersion'),
    'involvedObject.fieldPath': involved('fieldPath'),
    reason: top('reason'),
    reportingComponent: top('reportingComponent'),
    source: (e) => String(((e.source ?? {}) as { component?: string }).component || e.reportingComponent || ''),
    type: top('type'),
  },
};

export const eventsV1Strategy: ResourceStrategy = {
  hasStatus: false,
  tracksGeneration: false,
  fieldLabels: {
    'regarding.kind': regarding('kind'),
    'regarding.namespace': regarding('namespace'),
    'regarding.name': regarding('name'),
    'regarding.uid': regarding('uid'),
    'regarding.apiVersion': regarding('apiVersion'),
    'regarding.resourceVersion': regarding('resourceVersion'),
    'regarding.fieldPath': regarding('fieldPath'),
    reason: top('reason'),
    reportingController: top('reportingController'),
    type: top('type'),
  },
};
