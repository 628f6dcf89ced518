// The explicit registry of per-resource strategies (no registration by import side effect).
// Resources without an entry get DEFAULT_STRATEGY: status kept on update, no generation.

import type { ResourceInfo } from '../../api/kinds.ts';
import { DEFAULT_STRATEGY, type ResourceStrategy } from '../strategy.ts';
import { podStrategy } from './pods/strategy.ts';
import { serviceStrategy } from './services/strategy.ts';

const STRATEGIES: Readonly<Record<string, ResourceStrategy>> = {
  '/pods': podStrategy,
  '/services': serviceStrategy,
};

/** Resources that keep no status subresource: an update writes the whole object. */
const NO_STATUS: ReadonlySet<string> = new Set([
  '/configmaps', '/secrets', '/serviceaccounts', '/endpoints', '/events', '/limitranges', '/podtemplates',
  'events.k8s.io/events', 'rbac.authorization.k8s.io/roles', 'rbac.authorization.k8s.io/clusterroles',
  'rbac.authorization.k8s.io/rolebindings', 'rbac.authorization.k8s.io/clusterrolebindings',
  'coordination.k8s.io/leases', 'discovery.k8s.io/endpointslices', 'storage.k8s.io/storageclasses',
  'networking.k8s.io/ingressclasses', 'scheduling.k8s.io/priorityclasses', 'node.k8s.io/runtimeclasses',
  'apps/controllerrevisions', 'networking.k8s.io/networkpolicies',
]);

const NO_STATUS_STRATEGY: ResourceStrategy = { hasStatus: false, tracksGeneration: false };

export function strategyFor(info: ResourceInfo): ResourceStrategy {
  const key = `${info.group}/${info.resource}`;
  return STRATEGIES[key] ?? (NO_STATUS.has(key) ? NO_STATUS_STRATEGY : DEFAULT_STRATEGY);
}
