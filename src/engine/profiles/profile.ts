// A profile is a starting cluster: its facts (versions, addresses, times) and a boot procedure that
// creates its objects through the API, at boot time, before the student arrives.

import type { VirtualClock } from '../base/clock.ts';
import type { SeededRandom } from '../base/rand.ts';
import type { ApiClient } from '../client/client.ts';
import type { EventRecorder } from '../client/events.ts';

export interface NetworkInfo {
  /** Service ClusterIP range, e.g. 10.96.0.0/12. */
  readonly serviceCidr: string;
  /** Pod network, e.g. 192.168.0.0/16 (Calico). */
  readonly podCidr: string;
  readonly nodePortRange: readonly [number, number];
}

export interface ProfileInfo {
  readonly name: string;
  /** When the cluster was created (kubeadm init), ms since the epoch. */
  readonly bootTimeMs: number;
  /** When the student's session starts. */
  readonly startTimeMs: number;
  readonly clusterName: string;
  /** https://<ip>:6443 */
  readonly server: string;
  readonly kubernetesVersion: string;
  readonly caPem: string;
  readonly network: NetworkInfo;
  /** The kubeconfig the student's ~/.kube/config holds at start (YAML text). */
  readonly kubeconfig: string;
  /** Machines that are not (yet) nodes: kubeadm installed, no cluster (the `bare` profile). */
  readonly machines?: readonly BareMachine[];
}

/** A machine of the lab before `kubeadm init` or `join` made it a node. */
export interface BareMachine {
  readonly name: string;
  readonly ip: string;
}

export interface BootContext {
  readonly client: ApiClient;
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  readonly recorder: (component: string, host?: string) => EventRecorder;
}

export interface Profile {
  readonly info: ProfileInfo;
  boot(ctx: BootContext): void;
}
