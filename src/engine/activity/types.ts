// The control plane's activity as structured data: who (actor) did what (action) to which object,
// with a few plain parameters. No prose here: the UI narrates entries from templates keyed by
// actor and action, in each language.

/** What each component may be recorded doing; the UI has a narration for every pair. */
export const ACTIVITY_ACTIONS = {
  kubectl: ['request'],
  'kube-apiserver': ['admit', 'reject'],
  etcd: ['persist'],
  'kube-scheduler': ['request', 'filter', 'score', 'bind', 'unschedulable', 'event'],
  'kube-controller-manager': ['request', 'reconcile', 'event'],
  kubelet: ['request', 'sandbox', 'pull', 'pulled', 'present', 'create', 'start', 'kill', 'fail', 'backoff', 'probe', 'event'],
  'kube-proxy': ['rules'],
} as const;

export type Actor = keyof typeof ACTIVITY_ACTIONS;
export type ActionOf<A extends Actor> = (typeof ACTIVITY_ACTIONS)[A][number];
export type Action = ActionOf<Actor>;
/** `actor.action`, e.g. `kube-scheduler.bind`: the key of a narration. */
export type ActivityKey = { [A in Actor]: `${A}.${ActionOf<A>}` }[Actor];

/** The object an entry is about; `name` is empty for a list or a watch. */
export interface ActivityObject {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  /** The object's controller (ownerReference with controller=true), when it has one. */
  readonly owner?: { readonly kind: string; readonly name: string };
}

export type ActivityParams = Readonly<Record<string, string | number | boolean>>;

export interface ActivityEntry {
  /** Increasing from 0 for each recording cluster; a restore starts a new one. */
  readonly seq: number;
  /** Virtual time, ms since the epoch. */
  readonly timeMs: number;
  readonly actor: Actor;
  /** Which one: the controller's name, the kubelet's node. */
  readonly detail?: string;
  readonly action: Action;
  readonly object: ActivityObject;
  /** verb, resource, user, userAgent, node, image, container, counts, result, reason… */
  readonly params: ActivityParams;
  /** The entry this one follows from (a request's admission, a reconcile's writes), when known. */
  readonly parent?: number;
}

/** Who sends a request to the API server, as a client's identity says. */
export interface Caller {
  readonly actor: Extract<Actor, 'kubectl' | 'kube-scheduler' | 'kube-controller-manager' | 'kubelet'>;
  readonly detail?: string;
  readonly user: string;
  readonly userAgent: string;
}
