// What kubectl's completion functions read (pkg/util/completion, v1.31): object names of a type in
// the namespace the flags and kubeconfig give (CompGetResource), the resource types `api-resources
// -o name --verbs=get` lists, a pod's containers, and the kubeconfig's contexts, clusters and users.
// Errors are swallowed, as kubectl discards the completion request's stderr.

import type { Pod } from 'kubernetes-types/core/v1';
import { resolveResource, type Cluster } from '../../../engine/index.ts';
import { resolvePath, type VirtualFs } from '../../fs/virtual-fs.ts';
import { selectResources } from '../../kubectl/cmd/api-resources/api-resources.ts';
import { podSelectorFor, podsMatching, resolveObjectArg, sortForAttach } from '../../kubectl/cmd/logs/pod-for-object.ts';
import type { KubectlContext } from '../../kubectl/command.ts';
import { currentContext, emptyKubeconfig, parseKubeconfig, type Kubeconfig } from '../../kubectl/kubeconfig.ts';

/** The machine kubectl runs on, for completion. */
export interface KubectlMachine {
  readonly cluster: Cluster;
  readonly fs: VirtualFs;
  readonly cwd: string;
  readonly home: string;
}

/** The connection flags found on the line so far (`-n`, `--context`, `--kubeconfig`, `--as`). */
export interface ConnectionFlags {
  readonly namespace?: string;
  readonly context?: string;
  readonly kubeconfig?: string;
  readonly as?: string;
}

export interface ClusterSource {
  /** CompGetResource: names of `type` objects starting with `prefix`, in `namespace` or the flags' one. */
  names(type: string, prefix: string, namespace?: string): string[];
  /** compGetResourceList: `<plural>[.<group>]` of every type that supports get, after the last comma of `prefix`. */
  resourceTypes(prefix: string): string[];
  /** CompGetContainers: init containers then containers of the pod `POD` or `TYPE/NAME` stands for. */
  containers(podArg: string, prefix: string): string[];
  contexts(prefix: string): string[];
  clusters(prefix: string): string[];
  users(prefix: string): string[];
}

export function clusterSource(machine: KubectlMachine, flags: ConnectionFlags): ClusterSource {
  const kubeconfig = loadKubeconfig(machine, flags.kubeconfig);
  const context = currentContext(kubeconfig, flags.context);
  const ctx = kubectlContext(machine, kubeconfig, flags.namespace || context?.context.namespace || 'default',
    flags.as || context?.context.user || 'system:anonymous');
  const starting = (prefix: string) => (names: readonly string[]): string[] => names.filter((n) => n.startsWith(prefix));
  return {
    names: (type, prefix, namespace) => starting(prefix)(quietly(() => listNames(namespace === undefined ? ctx : { ...ctx, namespace }, type))),
    resourceTypes(prefix) {
      const comma = prefix.lastIndexOf(',');
      const head = prefix.slice(0, comma + 1);
      const types = selectResources({ sortBy: '', verbs: ['get'], categories: [] })
        .map((r) => (r.group === '' ? r.resource : `${r.resource}.${r.group}`));
      return starting(prefix.slice(comma + 1))(types).map((t) => head + t);
    },
    containers: (podArg, prefix) => starting(prefix)(quietly(() => containerNames(ctx, podArg))),
    contexts: (prefix) => starting(prefix)(kubeconfig.contexts.map((c) => c.name)),
    clusters: (prefix) => starting(prefix)(kubeconfig.clusters.map((c) => c.name)),
    users: (prefix) => starting(prefix)(kubeconfig.users.map((u) => u.name)),
  };
}

function quietly(read: () => string[]): string[] {
  try {
    return read();
  } catch {
    return [];
  }
}

function loadKubeconfig(machine: KubectlMachine, flag: string | undefined): Kubeconfig {
  const path = resolvePath(machine.cwd, flag || '~/.kube/config', machine.home);
  try {
    const cfg = parseKubeconfig(machine.fs.readFile(path));
    return { ...cfg, clusters: cfg.clusters ?? [], contexts: cfg.contexts ?? [], users: cfg.users ?? [] };
  } catch {
    return emptyKubeconfig();
  }
}

/** A kubectl context with no terminal, as the completion request's `kubectl get` would have. */
function kubectlContext(machine: KubectlMachine, kubeconfig: Kubeconfig, namespace: string, user: string): KubectlContext {
  const discard = { write: () => undefined };
  return {
    io: { stdin: '', stdout: discard, stderr: discard },
    fs: machine.fs,
    cwd: machine.cwd,
    home: machine.home,
    cluster: machine.cluster,
    client: machine.cluster.client(user),
    kubeconfig,
    kubeconfigPath: resolvePath(machine.cwd, '~/.kube/config', machine.home),
    namespace,
    namespaceExplicit: false,
    commandPath: 'kubectl __complete',
    nowMs: () => machine.cluster.nowMs,
  };
}

/** `kubectl get TYPE -o template='{{ range .items }}{{ .metadata.name }} {{ end }}'`, each type of a comma list. */
function listNames(ctx: KubectlContext, typed: string): string[] {
  return typed.split(',').flatMap((t) => {
    const info = resolveResource(t);
    if (!info) return [];
    return ctx.client.list(`${info.group}/${info.resource}`, info.namespaced ? ctx.namespace : undefined).map((o) => o.metadata.name ?? '');
  });
}

/** convertResourceNameToPodName, then the pod's init containers and containers. */
function containerNames(ctx: KubectlContext, podArg: string): string[] {
  let pod = resolveObjectArg(ctx, podArg.includes('/') ? podArg : `pods/${podArg}`);
  if (pod.info.kind !== 'Pod') {
    const matches = podSelectorFor(pod);
    if (typeof matches === 'string') return [];
    const first = sortForAttach(podsMatching(ctx, pod.obj.metadata.namespace ?? ctx.namespace, matches))[0];
    if (!first) return [];
    pod = { info: pod.info, obj: first };
  }
  const spec = (pod.obj as unknown as Pod).spec;
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map((c) => c.name);
}
