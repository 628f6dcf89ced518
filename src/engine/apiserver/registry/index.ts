// The explicit registry of per-resource strategies (no registration by import side effect).
// Resources without an entry get DEFAULT_STRATEGY: status kept on update, no generation.

import type { ResourceInfo } from '../../api/kinds.ts';
import { DEFAULT_STRATEGY, type ResourceStrategy } from '../strategy.ts';
import { configMapStrategy } from './configmaps/strategy.ts';
import { cronJobStrategy } from './cronjobs/strategy.ts';
import { daemonSetStrategy } from './daemonsets/strategy.ts';
import { deploymentStrategy } from './deployments/strategy.ts';
import { endpointsStrategy } from './endpoints/strategy.ts';
import { endpointSliceStrategy } from './endpointslices/strategy.ts';
import { eventStrategy, eventsV1Strategy } from './events/strategy.ts';
import { horizontalPodAutoscalerStrategy } from './horizontalpodautoscalers/strategy.ts';
import { ingressClassStrategy } from './ingressclasses/strategy.ts';
import { ingressStrategy } from './ingresses/strategy.ts';
import { jobStrategy } from './jobs/strategy.ts';
import { leaseStrategy } from './leases/strategy.ts';
import { limitRangeStrategy } from './limitranges/strategy.ts';
import { namespaceStrategy } from './namespaces/strategy.ts';
import { networkPolicyStrategy } from './networkpolicies/strategy.ts';
import { nodeStrategy } from './nodes/strategy.ts';
import { persistentVolumeClaimStrategy } from './persistentvolumeclaims/strategy.ts';
import { persistentVolumeStrategy } from './persistentvolumes/strategy.ts';
import { podDisruptionBudgetStrategy } from './poddisruptionbudgets/strategy.ts';
import { podStrategy } from './pods/strategy.ts';
import { podTemplateStrategy } from './podtemplates/strategy.ts';
import { priorityClassStrategy } from './priorityclasses/strategy.ts';
import { clusterRoleBindingStrategy, clusterRoleStrategy, roleBindingStrategy, roleStrategy } from './rbac/strategy.ts';
import { replicaSetStrategy } from './replicasets/strategy.ts';
import { replicationControllerStrategy } from './replicationcontrollers/strategy.ts';
import { withQuota } from './resourcequotas/admission.ts';
import { resourceQuotaStrategy } from './resourcequotas/strategy.ts';
import { secretStrategy } from './secrets/strategy.ts';
import { serviceStrategy } from './services/strategy.ts';
import { statefulSetStrategy } from './statefulsets/strategy.ts';
import { storageClassStrategy } from './storageclasses/strategy.ts';
import { crdStrategy } from '../customresources/crd-strategy.ts';
import { customResourceStrategy } from '../customresources/cr-strategy.ts';

/** Keyed `<group>/<resource>` (core group empty). */
const STRATEGIES: Readonly<Record<string, ResourceStrategy>> = {
  '/pods': withQuota('', 'pods', podStrategy),
  '/podtemplates': podTemplateStrategy,
  '/services': withQuota('', 'services', serviceStrategy),
  '/endpoints': endpointsStrategy,
  '/replicationcontrollers': withQuota('', 'replicationcontrollers', replicationControllerStrategy),
  '/configmaps': withQuota('', 'configmaps', configMapStrategy),
  '/secrets': withQuota('', 'secrets', secretStrategy),
  '/namespaces': namespaceStrategy,
  '/nodes': nodeStrategy,
  '/events': eventStrategy,
  '/persistentvolumeclaims': withQuota('', 'persistentvolumeclaims', persistentVolumeClaimStrategy),
  '/persistentvolumes': persistentVolumeStrategy,
  '/resourcequotas': withQuota('', 'resourcequotas', resourceQuotaStrategy),
  '/limitranges': limitRangeStrategy,
  'apps/deployments': withQuota('apps', 'deployments', deploymentStrategy),
  'apps/replicasets': withQuota('apps', 'replicasets', replicaSetStrategy),
  'apps/statefulsets': withQuota('apps', 'statefulsets', statefulSetStrategy),
  'apps/daemonsets': withQuota('apps', 'daemonsets', daemonSetStrategy),
  'batch/jobs': withQuota('batch', 'jobs', jobStrategy),
  'batch/cronjobs': withQuota('batch', 'cronjobs', cronJobStrategy),
  'autoscaling/horizontalpodautoscalers': withQuota('autoscaling', 'horizontalpodautoscalers', horizontalPodAutoscalerStrategy),
  'policy/poddisruptionbudgets': withQuota('policy', 'poddisruptionbudgets', podDisruptionBudgetStrategy),
  'coordination.k8s.io/leases': leaseStrategy,
  'discovery.k8s.io/endpointslices': endpointSliceStrategy,
  'events.k8s.io/events': eventsV1Strategy,
  'networking.k8s.io/ingresses': withQuota('networking.k8s.io', 'ingresses', ingressStrategy),
  'networking.k8s.io/ingressclasses': ingressClassStrategy,
  'networking.k8s.io/networkpolicies': withQuota('networking.k8s.io', 'networkpolicies', networkPolicyStrategy),
  'rbac.authorization.k8s.io/roles': withQuota('rbac.authorization.k8s.io', 'roles', roleStrategy),
  'rbac.authorization.k8s.io/clusterroles': clusterRoleStrategy,
  'rbac.authorization.k8s.io/rolebindings': withQuota('rbac.authorization.k8s.io', 'rolebindings', roleBindingStrategy),
  'rbac.authorization.k8s.io/clusterrolebindings': clusterRoleBindingStrategy,
  'scheduling.k8s.io/priorityclasses': priorityClassStrategy,
  'storage.k8s.io/storageclasses': storageClassStrategy,
  'apiextensions.k8s.io/customresourcedefinitions': crdStrategy,
};

/** Resources that keep no status subresource: an update writes the whole object. */
const NO_STATUS: ReadonlySet<string> = new Set([
  '/serviceaccounts', 'node.k8s.io/runtimeclasses', 'apps/controllerrevisions',
]);

const NO_STATUS_STRATEGY: ResourceStrategy = { hasStatus: false, tracksGeneration: false };

export function strategyFor(info: ResourceInfo): ResourceStrategy {
  if (info.custom) return customResourceStrategy(info);
  const key = `${info.group}/${info.resource}`;
  return STRATEGIES[key] ?? (NO_STATUS.has(key) ? NO_STATUS_STRATEGY : DEFAULT_STRATEGY);
}
