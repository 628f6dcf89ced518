// The shared indexes the workload controllers read (one watch per resource, as a shared informer
// factory gives kube-controller-manager).

import type { ControllerDeps } from '../controller.ts';
import { ControlledIndex } from './controlled-index.ts';

export interface Informers {
  readonly pods: ControlledIndex;
  readonly replicaSets: ControlledIndex;
  readonly replicationControllers: ControlledIndex;
  readonly jobs: ControlledIndex;
  readonly cronJobs: ControlledIndex;
  readonly controllerRevisions: ControlledIndex;
  readonly statefulSets: ControlledIndex;
  readonly daemonSets: ControlledIndex;
  readonly nodes: ControlledIndex;
}

export function createInformers(deps: ControllerDeps): Informers {
  const index = (resource: `${string}/${string}`): ControlledIndex => new ControlledIndex(deps.client, resource, deps.clock);
  return {
    pods: index('/pods'),
    replicaSets: index('apps/replicasets'),
    replicationControllers: index('/replicationcontrollers'),
    jobs: index('batch/jobs'),
    cronJobs: index('batch/cronjobs'),
    controllerRevisions: index('apps/controllerrevisions'),
    statefulSets: index('apps/statefulsets'),
    daemonSets: index('apps/daemonsets'),
    nodes: index('/nodes'),
  };
}
