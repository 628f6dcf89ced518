// The cluster view's plain data, as it crosses the host boundary: one compact summary per object
// of the kinds the topology draws, the changes between two flushes, and the inspector's answers.
// Re-exported by `../api.ts`, the contract the UI imports its types from.

/** The controller owner of an object (its `ownerReferences` entry with `controller: true`). */
export interface ViewOwner {
  readonly kind: string;
  readonly name: string;
  readonly uid: string;
}

interface ViewBase {
  readonly uid: string;
  readonly name: string;
  readonly namespace?: string;
}

export interface ViewNamespace extends ViewBase {
  readonly kind: 'Namespace';
  readonly phase: string;
}

export interface ViewNode extends ViewBase {
  readonly kind: 'Node';
  /** The STATUS column of `kubectl get nodes`: `Ready`, `NotReady,SchedulingDisabled`… */
  readonly status: string;
  readonly roles: readonly string[];
  readonly ready: boolean;
  readonly unschedulable: boolean;
  /** `key=value:effect`, as `kubectl describe node` lists them. */
  readonly taints: readonly string[];
}

export interface ViewPod extends ViewBase {
  readonly kind: 'Pod';
  readonly namespace: string;
  /** spec.nodeName; absent while the pod is not scheduled. */
  readonly node?: string;
  /** The STATUS column of `kubectl get pods`, exactly. */
  readonly status: string;
  /** The READY column's two numbers. */
  readonly readyContainers: number;
  readonly totalContainers: number;
  readonly restarts: number;
  /** A deletion is pending (metadata.deletionTimestamp is set). */
  readonly deleting: boolean;
  readonly owner?: ViewOwner;
  readonly labels: Readonly<Record<string, string>>;
  /** Init containers first, then the app containers: the containers `kubectl logs -c` knows. */
  readonly containers: readonly string[];
  /** Names of the PersistentVolumeClaims its volumes use. */
  readonly claims: readonly string[];
  readonly ip?: string;
}

export type ViewWorkloadKind = 'Deployment' | 'ReplicaSet' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob';

export interface ViewWorkload extends ViewBase {
  readonly kind: ViewWorkloadKind;
  readonly namespace: string;
  readonly owner?: ViewOwner;
  /** The pods it wants and the ready ones (a Job: completions and succeeded), for the kinds that count them. */
  readonly desired?: number;
  readonly ready?: number;
}

export interface ViewService extends ViewBase {
  readonly kind: 'Service';
  readonly namespace: string;
  readonly type: string;
  readonly clusterIP: string;
  readonly selector: Readonly<Record<string, string>>;
  /** `port/protocol`, as the PORT(S) column shows each port (without node ports). */
  readonly ports: readonly string[];
  /** UIDs of the pods its EndpointSlices list as ready endpoints, sorted. */
  readonly endpoints: readonly string[];
}

export interface ViewIngress extends ViewBase {
  readonly kind: 'Ingress';
  readonly namespace: string;
  readonly hosts: readonly string[];
  /** Names of the backend Services (rules and default backend), in its namespace, sorted. */
  readonly services: readonly string[];
}

export interface ViewClaim extends ViewBase {
  readonly kind: 'PersistentVolumeClaim';
  readonly namespace: string;
  readonly phase: string;
  readonly volume?: string;
  readonly storageClass?: string;
}

export interface ViewVolume extends ViewBase {
  readonly kind: 'PersistentVolume';
  readonly phase: string;
  readonly claim?: { readonly namespace: string; readonly name: string };
  readonly storageClass?: string;
}

export interface ViewStorageClass extends ViewBase {
  readonly kind: 'StorageClass';
  readonly provisioner: string;
  readonly isDefault: boolean;
}

export type ViewObject = ViewNamespace | ViewNode | ViewPod | ViewWorkload | ViewService | ViewIngress | ViewClaim | ViewVolume | ViewStorageClass;

/** One change since the last flush. `reset`: the world was replaced; ask for `viewSnapshot()` again. */
export type ViewChange =
  | { readonly op: 'upsert'; readonly object: ViewObject }
  | { readonly op: 'remove'; readonly uid: string }
  | { readonly op: 'reset' };

/** The whole view once; `seq` is the last view event it already includes. */
export interface ViewSnapshot {
  readonly seq: number;
  readonly objects: readonly ViewObject[];
}

export type InspectView = 'yaml' | 'describe' | 'events' | 'logs';

export interface InspectRequest {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  readonly view: InspectView;
  /** For logs: the container (`-c`). */
  readonly container?: string;
}

export interface InspectResult {
  /** The kubectl line that produced the text, as a student would type it. */
  readonly command: string;
  /** What kubectl printed (stdout then stderr). */
  readonly text: string;
  readonly ok: boolean;
}

/** One node's verdict in the scheduler's latest attempt for a pod. */
export interface NodeVerdict {
  readonly node: string;
  readonly feasible: boolean;
  readonly chosen: boolean;
  /** The first plugin that rejected the node. */
  readonly rejectedBy?: string;
  /** What the rejecting plugins said. */
  readonly reasons: readonly string[];
}

/** "Why is this pod Pending": the scheduler's record of its latest attempt. */
export interface SchedulingWhy {
  readonly outcome: 'Scheduled' | 'Unschedulable' | 'SchedulerError';
  readonly atMs: number;
  readonly attempt: number;
  /** The FailedScheduling message. */
  readonly message?: string;
  readonly totalNodes: number;
  readonly feasibleNodes: number;
  /** PreFilter plugins that rejected the pod before any node was looked at. */
  readonly preFilter: readonly { readonly plugin: string; readonly reasons: readonly string[] }[];
  readonly nodes: readonly NodeVerdict[];
}
