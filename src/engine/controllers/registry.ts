// The explicit list of controllers kube-controller-manager runs in this simulation.

import type { ProfileInfo } from '../profiles/profile.ts';
import type { Controller, ControllerDeps } from './controller.ts';
import { EndpointController } from './endpoint/controller.ts';
import { EndpointSliceController } from './endpointslice/controller.ts';
import { GarbageCollector } from './garbagecollector/controller.ts';
import { createInformers } from './common/informers.ts';
import { NamespaceController } from './namespace/controller.ts';
import { REPLICATION_CONTROLLERS, ReplicaSetController } from './replicaset/controller.ts';
import { RootCaCertPublisher } from './rootcacertpublisher/controller.ts';
import { ServiceAccountController } from './serviceaccount/controller.ts';
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
    new EndpointController(deps, informers),
    new EndpointSliceController(deps, informers),
  ];
}
