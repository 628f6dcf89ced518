// Each kubectl command's ValidArgsFunction in v1.31 (pkg/util/completion and the commands that set
// one), as data: which command path completes its arguments how. A command missing here has none,
// and bash falls back to filenames.

import type { ClusterSource } from './cluster-source.ts';

/** A completion function's answer, with cobra's directives. */
export interface CobraReply {
  readonly matches: readonly string[];
  /** ShellCompDirectiveNoSpace. */
  readonly noSpace?: boolean;
  /** ShellCompDirectiveNoFileComp: no filenames when nothing matches. */
  readonly noFile?: boolean;
}

export type ArgsCompletion = (source: ClusterSource, args: readonly string[], toComplete: string) => CobraReply;

/** The types whose objects run pods, for the `TYPE/` choices of exec and logs. */
const RESOURCES_WITH_PODS = ['daemonsets', 'deployments', 'pods', 'jobs', 'replicasets', 'replicationcontrollers', 'services', 'statefulsets'];
const ROLLOUT_TYPES = ['deployment', 'daemonset', 'statefulset'];
const SCALE_TYPES = ['deployment', 'replicaset', 'replicationcontroller', 'statefulset'];

/** resourceTypeAndNameCompletionFunc: a type then names of it, or `type/name` forms. */
function typeAndName(allowedTypes: readonly string[] = [], allowRepeat = true): ArgsCompletion {
  return (source, args, toComplete) => {
    if (args.length > 0 && !args[0]!.includes('/')) {
      if (!allowRepeat && args.length > 1) return { matches: [], noFile: true };
      return { matches: without(source.names(args[0]!, toComplete), args.slice(1)), noFile: true };
    }
    const slash = toComplete.indexOf('/');
    const types = (prefix: string): string[] => (allowedTypes.length === 0 ? source.resourceTypes(prefix) : allowedTypes.filter((t) => t.startsWith(prefix)));
    if (slash < 0) {
      if (args.length === 0) return { matches: types(toComplete), noFile: true };
      if (!allowRepeat) return { matches: [], noFile: true };
      return { matches: types(toComplete).map((t) => `${t}/`), noSpace: true, noFile: true };
    }
    if (!allowRepeat && args.length > 0) return { matches: [], noFile: true };
    return { matches: without(typedNames(source, toComplete, slash), args), noFile: true };
  };
}

function typedNames(source: ClusterSource, toComplete: string, slash: number): string[] {
  const type = toComplete.slice(0, slash);
  return source.names(type, toComplete.slice(slash + 1)).map((n) => `${type}/${n}`);
}

function without(matches: readonly string[], present: readonly string[]): string[] {
  return matches.filter((m) => !present.includes(m));
}

/** doPodResourceCompletion: pod names, and `TYPE/` of the types that run pods. */
function podResources(source: ClusterSource, toComplete: string): CobraReply {
  const slash = toComplete.indexOf('/');
  if (slash >= 0) return { matches: typedNames(source, toComplete, slash), noFile: true };
  const pods = source.names('pod', toComplete);
  const types = RESOURCES_WITH_PODS.filter((r) => r.startsWith(toComplete)).map((r) => `${r}/`);
  return { matches: [...pods, ...types], noSpace: pods.length === 0, noFile: true };
}

const podResourceName: ArgsCompletion = (source, args, toComplete) => (args.length === 0 ? podResources(source, toComplete) : { matches: [], noFile: true });

const podResourceAndContainer: ArgsCompletion = (source, args, toComplete) => {
  if (args.length === 0) return podResources(source, toComplete);
  return { matches: args.length === 1 ? source.containers(args[0]!, toComplete) : [], noFile: true };
};

function resourceName(type: string): ArgsCompletion {
  return (source, args, toComplete) => ({ matches: args.length === 0 ? source.names(type, toComplete) : [], noFile: true });
}

function kubeconfigNames(list: (source: ClusterSource, prefix: string) => string[]): ArgsCompletion {
  return (source, args, toComplete) => ({ matches: args.length === 0 ? list(source, toComplete) : [], noFile: true });
}

/** cp: `namespace/` and `pod:` choices for the first argument (cp.go's ValidArgsFunction); paths are left to bash. */
const copySpec: ArgsCompletion = (source, args, toComplete) => {
  if (args.length > 0 || /^[/.~]/.test(toComplete) || toComplete.includes(':')) return { matches: [], noSpace: true };
  const slash = toComplete.indexOf('/');
  if (slash > 0) {
    const namespace = toComplete.slice(0, slash);
    const pods = source.names('pod', '', namespace).map((p) => `${namespace}/${p}:`);
    return { matches: pods.filter((p) => p.startsWith(toComplete)), noSpace: true };
  }
  return {
    matches: [...source.names('namespace', toComplete).map((n) => `${n}/`), ...source.names('pod', toComplete).map((p) => `${p}:`)],
    noSpace: true,
  };
};

/** ValidArgs (not a function): bash offers them as they are. */
function fixed(values: readonly string[]): ArgsCompletion {
  return (_source, args, toComplete) => ({ matches: args.length === 0 ? values.filter((v) => v.startsWith(toComplete)) : [] });
}

export const VALID_ARGS: Readonly<Record<string, ArgsCompletion>> = {
  get: typeAndName(),
  describe: typeAndName(),
  delete: typeAndName(),
  edit: typeAndName(),
  label: typeAndName(),
  annotate: typeAndName(),
  patch: typeAndName(),
  'apply edit-last-applied': typeAndName(),
  'apply view-last-applied': typeAndName(),
  scale: typeAndName(SCALE_TYPES),
  autoscale: typeAndName(SCALE_TYPES),
  taint: typeAndName(['node']),
  expose: typeAndName(['pod', 'service', 'replicationcontroller', 'deployment', 'replicaset'], false),
  'rollout history': typeAndName(ROLLOUT_TYPES),
  'rollout pause': typeAndName(['deployment']),
  'rollout restart': typeAndName(ROLLOUT_TYPES),
  'rollout resume': typeAndName(['deployment']),
  'rollout status': typeAndName(ROLLOUT_TYPES, false),
  'rollout undo': typeAndName(ROLLOUT_TYPES),
  'set image': typeAndName(['daemonsets', 'deployments', 'pods', 'cronjobs', 'replicasets', 'replicationcontrollers', 'statefulsets'], false),
  logs: podResourceAndContainer,
  exec: podResourceName,
  attach: podResourceName,
  'port-forward': podResourceName,
  cp: copySpec,
  'top node': resourceName('node'),
  'top pod': resourceName('pod'),
  cordon: resourceName('node'),
  uncordon: resourceName('node'),
  drain: resourceName('node'),
  'create token': resourceName('serviceaccount'),
  'config use-context': kubeconfigNames((s, p) => s.contexts(p)),
  'config delete-context': kubeconfigNames((s, p) => s.contexts(p)),
  'config rename-context': kubeconfigNames((s, p) => s.contexts(p)),
  'config set-context': kubeconfigNames((s, p) => s.contexts(p)),
  'config delete-cluster': kubeconfigNames((s, p) => s.clusters(p)),
  'config delete-user': kubeconfigNames((s, p) => s.users(p)),
  completion: fixed(['bash', 'fish', 'powershell', 'zsh']),
};

/** The container completion `kubectl exec -c` registers (ContainerCompletionFunc). */
export const containerOfPod: ArgsCompletion = (source, args, toComplete) => ({ matches: args.length > 0 ? source.containers(args[0]!, toComplete) : [], noFile: true });
