// The explicit list of controllers kube-controller-manager runs in this simulation.

import type { ProfileInfo } from '../profiles/profile.ts';
import type { Controller, ControllerDeps } from './controller.ts';
import { CronJobController } from './cronjob/controller.ts';
import { EndpointController } from './endpoint/controller.ts';
import { EndpointSliceController } from './endpointslice/controller.ts';
import { GarbageCollector } from './garbagecollector/controller.ts';
import { JobController } from './job/controller.ts';
import { createInformers } from './common/informers.ts';
import { DaemonSetsController } from './daemonset/controller.ts';
import { DeploymentController } from './deployment/controller.ts';
import { NamespaceController } from './namespace/controller.ts';
import { REPLICATION_CONTROLLERS, ReplicaSetController } from './replicaset/controller.ts';
import { RootCaCertPublisher } from './rootcacertpublisher/controller.ts';
import { ServiceAccountController } from './serviceaccount/controller.ts';
import { ClusterRoleAggregationController } from './clusterroleaggregation/controller.ts';
import { TtlAfterFinishedController } from './ttlafterfinished/controller.ts';
import { StatefulSetController } from './statefulset/controller.ts';
import { PvcProtectionController } from './volume/pvcprotection/controller.ts';
import { PvProtectionController } from './volume/pvprotection/controller.ts';
import { NodeLifecycleController } from './nodelifecycle/controller.ts';
import { TaintEvictionController } from './tainteviction/controller.ts';
import { DisruptionController } from './disruption/controller.ts';
import { PersistentVolumeController } from './volume/persistentvolume/controller.ts';
import { ResourceQuotaController } from './resourcequota/controller.ts';
import { ExpandController } from './volume/expand/controller.ts';

/** `depsFor(name)`: the deps of the controller of that name (its own client, so its requests are its own). */
export function startControllers(deps: ControllerDeps, info: ProfileInfo, depsFor: (controller: string) => ControllerDeps = () => deps): Controller[] {
  const informers = createInformers(deps);
  return [
    new NamespaceController(depsFor('namespace-controller')),
    new ServiceAccountController(depsFor('serviceaccount-controller')),
    new ClusterRoleAggregationController(depsFor('clusterrole-aggregation-controller')),
    new RootCaCertPublisher(depsFor('root-ca-cert-publisher'), info.caPem),
    new GarbageCollector(depsFor('garbage-collector-controller')),
    new PvcProtectionController(depsFor('pvc-protection-controller')),
    new PvProtectionController(depsFor('pv-protection-controller')),
    new PersistentVolumeController(depsFor('persistentvolume-binder-controller')),
    new ReplicaSetController(depsFor('replicaset-controller'), informers),
    new ReplicaSetController(depsFor('replication-controller'), informers, REPLICATION_CONTROLLERS),
    new DeploymentController(depsFor('deployment-controller'), informers),
    new StatefulSetController(depsFor('statefulset-controller'), informers),
    new DaemonSetsController(depsFor('daemonset-controller'), informers),
    new EndpointController(depsFor('endpoint-controller'), informers),
    new EndpointSliceController(depsFor('endpointslice-controller'), informers),
    new JobController(depsFor('job-controller'), informers),
    new CronJobController(depsFor('cronjob-controller'), informers),
    new TtlAfterFinishedController(depsFor('ttl-after-finished-controller'), informers),
    new NodeLifecycleController(depsFor('node-lifecycle-controller'), informers, info.startTimeMs),
    new TaintEvictionController(depsFor('taint-eviction-controller'), informers),
    new DisruptionController(depsFor('disruption-controller'), info.startTimeMs),
    new ResourceQuotaController(depsFor('resourcequota-controller')),
    new ExpandController(depsFor('persistentvolume-expander-controller')),
  ];
}
