// The default profile of kube-scheduler v1.31, as an explicit list: the filter plugins in their
// order, the score plugins with their weights, and the cluster events each plugin registered for
// (EventsToRegister, without queueing hints). Mirrors pkg/scheduler/apis/config/v1/default_plugins.go
// and the plugins' EventsToRegister.

import type { ApiClient } from '../../client/client.ts';
import type { SchedulerCache } from '../cache/cache.ts';
import type { ClusterLister } from '../cache/cluster-lister.ts';
import type { Profile } from '../framework/runtime.ts';
import { ActionType as A, ALL, UPDATE, type ClusterEvent, type EventResource } from '../framework/types.ts';
import { ImageLocality } from './imagelocality/plugin.ts';
import { InterPodAffinity, NAME as INTER_POD_AFFINITY } from './interpodaffinity/plugin.ts';
import { NodeAffinity, NAME as NODE_AFFINITY } from './nodeaffinity/plugin.ts';
import { NodeName, NAME as NODE_NAME } from './nodename/plugin.ts';
import { NodePorts, NAME as NODE_PORTS } from './nodeports/plugin.ts';
import { BalancedAllocation } from './noderesources/balanced-allocation.ts';
import { NodeResourcesFit, NAME as NODE_RESOURCES_FIT } from './noderesources/fit.ts';
import { NodeUnschedulable, NAME as NODE_UNSCHEDULABLE } from './nodeunschedulable/plugin.ts';
import { PodTopologySpread, NAME as POD_TOPOLOGY_SPREAD } from './podtopologyspread/plugin.ts';
import { TaintToleration, NAME as TAINT_TOLERATION } from './tainttoleration/plugin.ts';
import type { VolumeBinder } from './volumebinding/binder.ts';
import { VolumeBinding, NAME as VOLUME_BINDING } from './volumebinding/plugin.ts';

export interface ProfileDeps {
  readonly client: ApiClient;
  readonly cache: SchedulerCache;
  readonly lister: ClusterLister;
  readonly volumeBinder: VolumeBinder;
}

export interface DefaultProfile extends Profile {
  readonly volumeBinding: VolumeBinding;
}

const on = (resource: EventResource, action: number): ClusterEvent => ({ resource, action, label: `${resource}/${action}` });

const EVENTS: ReadonlyArray<readonly [string, readonly ClusterEvent[]]> = [
  [NODE_UNSCHEDULABLE, [on('Node', A.Add | A.UpdateNodeTaint)]],
  [NODE_NAME, [on('Node', A.Add | UPDATE)]],
  [TAINT_TOLERATION, [on('Node', A.Add | A.UpdateNodeTaint | A.UpdateNodeLabel)]],
  [NODE_AFFINITY, [on('Node', A.Add | UPDATE)]],
  [NODE_PORTS, [on('Pod', A.Delete), on('Node', A.Add | UPDATE)]],
  [NODE_RESOURCES_FIT, [on('Pod', A.Delete | A.UpdatePodScaleDown), on('Node', A.Add | UPDATE)]],
  [VOLUME_BINDING, [
    on('PersistentVolumeClaim', A.Add | UPDATE), on('PersistentVolume', A.Add | UPDATE), on('StorageClass', A.Add | UPDATE),
    on('Node', A.Add | A.UpdateNodeLabel | A.UpdateNodeTaint),
  ]],
  [POD_TOPOLOGY_SPREAD, [on('Pod', ALL), on('Node', A.Add | A.Delete | A.UpdateNodeLabel | A.UpdateNodeTaint)]],
  [INTER_POD_AFFINITY, [on('Pod', ALL), on('Node', A.Add | A.UpdateNodeLabel)]],
];

export function defaultProfile(deps: ProfileDeps): DefaultProfile {
  const { cache, lister } = deps;
  const taints = new TaintToleration();
  const nodeAffinity = new NodeAffinity();
  const fit = new NodeResourcesFit();
  const spread = new PodTopologySpread(cache, lister);
  const interPod = new InterPodAffinity(cache, lister);
  const volumeBinding = new VolumeBinding(deps.client, deps.volumeBinder);
  return {
    filters: [new NodeUnschedulable(), new NodeName(), taints, nodeAffinity, new NodePorts(), fit, volumeBinding, spread, interPod],
    scorers: [
      { plugin: taints, weight: 3 },
      { plugin: nodeAffinity, weight: 2 },
      { plugin: fit, weight: 1 },
      { plugin: spread, weight: 2 },
      { plugin: interPod, weight: 2 },
      { plugin: new BalancedAllocation(), weight: 1 },
      { plugin: new ImageLocality(cache), weight: 1 },
    ],
    events: new Map(EVENTS),
    volumeBinding,
  };
}
