// The shared indexes the workload controllers read (one watch per resource, as a shared informer
// factory gives kube-controller-manager).

import type { ControllerDeps } from '../controller.ts';
import { ControlledIndex } from './controlled-index.ts';

export interface Informers {
  readonly pods: ControlledIndex;
  readonly replicaSets: ControlledIndex;
  readonly replicationControllers: ControlledIndex;
  readonly jobs: ControlledIndex;
  readonly controllerRevisions: ControlledIndex;
}

export function createInformers(deps: ControllerDeps): Informers {
  const index = (resource: `${string}/${string}`): ControlledIndex => new ControlledIndex(deps.client, resource, deps.clock);
  return {
    pods: index('/pods'),
    replicaSets: index('apps/replicasets'),
    replicationControllers: index('/replicationcontrollers'),
    jobs: index('batch/jobs'),
    controllerRevisions: index('apps/controllerrevisions'),
  };
}
