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
import { TtlAfterFinishedController } from './ttlafterfinished/controller.ts';
import { StatefulSetController } from './statefulset/controller.ts';
import { PvcProtectionController } from './volume/pvcprotection/controller.ts';
import { PvProtectionController } from './volume/pvprotection/controller.ts';

export function startControllers(deps: ControllerDeps, info: ProfileInfo): Controller[] {
  const informers = createInformers(deps);
  return [
    new NamespaceController(deps),
    new ServiceAccountController(deps),
    new RootCaCertPublisher(deps, info.caPem),
    new GarbageCollector(deps),
    new PvcProtectionController(deps),
    new PvProtectionController(deps),
    new ReplicaSetController(deps, informers),
    new ReplicaSetController(deps, informers, REPLICATION_CONTROLLERS),
    new DeploymentController(deps, informers),
    new StatefulSetController(deps, informers),
    new DaemonSetsController(deps, informers),
    new EndpointController(deps, informers),
    new EndpointSliceController(deps, informers),
    new JobController(deps, informers),
    new CronJobController(deps, informers),
    new TtlAfterFinishedController(deps, informers),
  ];
}
