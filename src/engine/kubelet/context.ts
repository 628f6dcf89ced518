// What the parts of one node's kubelet share: its node, its runtime state, the API client, the clock
// (every timed step is a clock event addressed to the kubelet), the seeded generator and its events.

import type { KubeObject } from '../api/types.ts';
import type { VirtualClock } from '../base/clock.ts';
import type { SeededRandom } from '../base/rand.ts';
import type { ApiClient } from '../client/client.ts';
import type { EventRecorder, EventType } from '../client/events.ts';
import type { LogLine } from '../apiserver/node-proxy.ts';
import type { ContainerRecord, NodeRuntime, PodRecord } from './state.ts';
import type { ActivityLog } from '../activity/log.ts';
import type { NetSys } from '../infra/net.ts';
import type { VolumeData } from '../storage/volume-data.ts';
import type { ContainerCommands } from '../infra/images/container-commands.ts';
import type { NodePull } from '../infra/docker/node-pull.ts';

/** A node's pull of `ref` from a registry outside the catalogue; undefined when the catalogue serves `ref`. */
export type RegistryPull = (node: string, ref: string) => NodePull | undefined;

export const KUBELET_TARGET = 'kubelet';

/** The kinds of timed step a kubelet schedules for itself. */
export type StepKind = 'sync' | 'proc' | 'probe' | 'kill' | 'lease' | 'exec';

export interface KubeletContext {
  readonly node: string;
  readonly hostIp: () => string;
  readonly runtime: NodeRuntime;
  readonly client: ApiClient;
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  readonly recorder: EventRecorder;
  /** The control plane's activity log (the runtime steps are recorded there when it is on). */
  readonly activity: ActivityLog;
  /** Schedules `kind` for `id` (a pod uid or a container id) after `delayMs`. */
  schedule(kind: StepKind, id: string, delayMs: number): void;
  /** The addresses of the API's pods bound to this node, as the pod watch last showed them. */
  podIps(): Iterable<string>;
  /** The pod's containers are gone: delete it from the API for good and forget it. */
  removePod(rec: PodRecord): void;
  /** A container got its id: clock events addressed to that id find their pod without a scan. */
  indexContainer(rec: PodRecord, c: ContainerRecord): void;
  event(pod: KubeObject, type: EventType, reason: string, message: string, fieldPath?: string): void;
  /** The network stack a pod's processes see (absent when the cluster has no network, as in some tests). */
  readonly net?: (pod: KubeObject) => NetSys;
  /** The storage backend of network volumes (absent in clusters without one, as in some tests). */
  readonly volumeData?: VolumeData;
  /** Pulls from registries outside the catalogue (the workstation's), by node and reference. */
  readonly registry?: RegistryPull;
  /** Programs the host lends the images (kubectl in bitnami/kubectl). */
  readonly commands?: ContainerCommands;
  /** Log listeners (kubectl logs -f) by container id; in memory only, like the connections they are. */
  readonly followers: Map<string, Set<(line: LogLine | undefined) => void>>;
}

export function stepKey(node: string, kind: StepKind, id: string): string {
  return `${node}\t${kind}\t${id}`;
}

export function parseStepKey(key: string): { node: string; kind: StepKind; id: string } {
  const [node, kind, id] = key.split('\t') as [string, StepKind, string];
  return { node, kind, id };
}
