// Which pod a `POD | TYPE/NAME` argument stands for, and which container a command defaults to:
// the resource builder's ResourceNames("pods", arg), polymorphichelpers' SelectorsForObject,
// GetPodList/GetFirstPod with their sort orders (ByLogging for logs, ActivePods for exec), and
// podcmd's container defaulting. Mirrors kubectl v1.31 pkg/polymorphichelpers and pkg/cmd/util/podcmd.

import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { labelSelectorMatches, parseTime, type KubeObject, type ResourceInfo } from '../../../../engine/index.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import { resolveType } from '../../util/resource-args.ts';

export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';
export const ERR_RESOURCE_NAME_FORM = 'arguments in resource/name form must have a single resource and name';
export const ERR_TOO_MANY_SLASHES = 'arguments in resource/name form may not have more than one slash';

export interface ObjectRef {
  readonly info: ResourceInfo;
  readonly obj: KubeObject;
}

/** `POD` or `TYPE/NAME` in the context's namespace; throws the builder's errors and NotFound. */
export function resolveObjectArg(ctx: KubectlContext, arg: string): ObjectRef {
  const parts = arg.split('/');
  if (parts.length > 2) throw new KubectlError(ERR_TOO_MANY_SLASHES);
  const [type, name] = parts.length === 2 ? [parts[0]!, parts[1]!] : ['pods', arg];
  if (type === '' || name === '') throw new KubectlError(ERR_RESOURCE_NAME_FORM);
  const info = resolveType(type);
  return { info, obj: ctx.client.server.get(info, info.namespaced ? ctx.namespace : undefined, name) };
}

/** Go's %T of the typed object, as polymorphichelpers' errors print it: `*v1.ConfigMap`. */
export function goType(info: ResourceInfo): string {
  return `*${info.version}.${info.kind}`;
}

const SELECTOR_KINDS = new Set(['ReplicaSet', 'StatefulSet', 'DaemonSet', 'Deployment', 'Job']);

/** SelectorsForObject: a matcher over pod labels, or the error text after `cannot … from %T: `. */
export function podSelectorFor(ref: ObjectRef): ((labels: Record<string, string>) => boolean) | string {
  const { info, obj } = ref;
  const spec = (obj.spec ?? {}) as { selector?: unknown };
  if (SELECTOR_KINDS.has(info.kind)) return (labels) => labelSelectorMatches(spec.selector as LabelSelector | undefined, labels);
  if (info.kind === 'ReplicationController' || info.kind === 'Service') {
    const wanted = (spec.selector ?? {}) as Record<string, string>;
    if (info.kind === 'Service' && Object.keys(wanted).length === 0) {
      return `invalid service '${obj.metadata.name ?? ''}': Service is defined without a selector`;
    }
    return (labels) => Object.entries(wanted).every(([k, v]) => labels[k] === v);
  }
  return `selector for ${goType(info)} not implemented`;
}

export function podsMatching(ctx: KubectlContext, namespace: string, matches: (labels: Record<string, string>) => boolean): KubeObject[] {
  return ctx.client.list('/pods', namespace).filter((p) => matches(p.metadata.labels ?? {}));
}

const readyCondition = (pod: Pod) => pod.status?.conditions?.find((c) => c.type === 'Ready' && c.status === 'True');
const isReady = (pod: Pod): boolean => readyCondition(pod) !== undefined;
const readyTimeMs = (pod: Pod): number | undefined => parseTime(readyCondition(pod)?.lastTransitionTime);
const maxRestarts = (pod: Pod): number => Math.max(0, ...(pod.status?.containerStatuses ?? []).map((c) => c.restartCount));
const hasNode = (pod: Pod): boolean => (pod.spec?.nodeName ?? '') !== '';

/** afterOrZero(t1, t2): t1 after t2, a missing time counting as after any other. */
function afterOrZero(t1: number | undefined, t2: number | undefined): boolean {
  if (t1 === undefined || t2 === undefined) return t1 === undefined;
  return t1 > t2;
}

const LOGGING_PHASE: Readonly<Record<string, number>> = { Running: 0, Unknown: 1, Pending: 2 };
const ACTIVE_PHASE: Readonly<Record<string, number>> = { Pending: 0, Unknown: 1, Running: 2 };
const phaseRank = (ranks: Readonly<Record<string, number>>, pod: Pod): number => ranks[pod.status?.phase ?? ''] ?? 0;
const created = (pod: Pod): number | undefined => parseTime(pod.metadata?.creationTimestamp);
const deleting = (pod: Pod): number | undefined => parseTime(pod.metadata?.deletionTimestamp);

/** podutils.ByLogging: the pod whose logs are most worth reading first. */
function lessByLogging(a: Pod, b: Pod): boolean {
  if (hasNode(a) !== hasNode(b)) return hasNode(a);
  if (phaseRank(LOGGING_PHASE, a) !== phaseRank(LOGGING_PHASE, b)) return phaseRank(LOGGING_PHASE, a) < phaseRank(LOGGING_PHASE, b);
  if (isReady(a) !== isReady(b)) return isReady(a);
  if (isReady(a) && isReady(b) && readyTimeMs(a) !== readyTimeMs(b)) return afterOrZero(readyTimeMs(b), readyTimeMs(a));
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(a) > maxRestarts(b);
  if (created(a) !== created(b)) return afterOrZero(created(b), created(a));
  return false;
}

/** podutils.ActivePods: the pod a controller would delete first sorts first. */
function lessActive(a: Pod, b: Pod): boolean {
  if (hasNode(a) !== hasNode(b)) return !hasNode(a);
  if (phaseRank(ACTIVE_PHASE, a) !== phaseRank(ACTIVE_PHASE, b)) return phaseRank(ACTIVE_PHASE, a) < phaseRank(ACTIVE_PHASE, b);
  if (isReady(a) !== isReady(b)) return !isReady(a);
  if ((deleting(a) !== undefined) !== (deleting(b) !== undefined)) return deleting(a) !== undefined;
  if (deleting(a) !== undefined && deleting(b) !== undefined && deleting(a) !== deleting(b)) return deleting(a)! < deleting(b)!;
  if (isReady(a) && isReady(b) && readyTimeMs(a) !== readyTimeMs(b)) return afterOrZero(readyTimeMs(a), readyTimeMs(b));
  if (maxRestarts(a) !== maxRestarts(b)) return maxRestarts(a) > maxRestarts(b);
  if (created(a) !== created(b)) return afterOrZero(created(a), created(b));
  return false;
}

function sortBy(pods: readonly KubeObject[], less: (a: Pod, b: Pod) => boolean): KubeObject[] {
  const cmp = (a: KubeObject, b: KubeObject): number => {
    const pa = a as unknown as Pod;
    const pb = b as unknown as Pod;
    return less(pa, pb) ? -1 : less(pb, pa) ? 1 : 0;
  };
  return [...pods].sort(cmp);
}

/** The pods in the order `kubectl logs TYPE/NAME` takes them (the first one is read). */
export const sortForLogging = (pods: readonly KubeObject[]): KubeObject[] => sortBy(pods, lessByLogging);
/** The pods in the order `kubectl exec TYPE/NAME` takes them: sort.Reverse(ActivePods). */
export const sortForAttach = (pods: readonly KubeObject[]): KubeObject[] => sortBy(pods, (a, b) => lessActive(b, a));

/** FindContainerByName: the container's field path, or undefined. */
export function containerFieldPath(pod: KubeObject, name: string): string | undefined {
  const spec = (pod as unknown as Pod).spec;
  if (spec?.containers.some((c) => c.name === name)) return `spec.containers{${name}}`;
  if (spec?.initContainers?.some((c) => c.name === name)) return `spec.initContainers{${name}}`;
  if (spec?.ephemeralContainers?.some((c) => c.name === name)) return `spec.ephemeralContainers{${name}}`;
  return undefined;
}

/** AllContainerNames: `app, sidecar, debug (ephem), setup (init)`. */
export function allContainerNames(pod: KubeObject): string {
  const spec = (pod as unknown as Pod).spec;
  return [
    ...(spec?.containers ?? []).map((c) => c.name),
    ...(spec?.ephemeralContainers ?? []).map((c) => `${c.name} (ephem)`),
    ...(spec?.initContainers ?? []).map((c) => `${c.name} (init)`),
  ].join(', ');
}

/** Whether kubectl mentions the defaulting: more than one container of any kind. */
export function hasSeveralContainers(pod: KubeObject): boolean {
  const spec = (pod as unknown as Pod).spec;
  return (spec?.containers.length ?? 0) > 1 || (spec?.initContainers?.length ?? 0) > 0 || (spec?.ephemeralContainers?.length ?? 0) > 0;
}

export const MSG_DEFAULTED = (container: string, pod: KubeObject): string => `Defaulted container "${container}" out of: ${allContainerNames(pod)}\n`;

/** FindOrDefaultContainerByName with no name given (exec, cp, attach). */
export function defaultContainer(pod: KubeObject, quiet: boolean, warn: (text: string) => void): string {
  const spec = (pod as unknown as Pod).spec;
  const first = spec?.containers[0];
  if (!first) throw new KubectlError(`pod ${pod.metadata.namespace ?? ''}/${pod.metadata.name ?? ''} does not have any containers`);
  const annotated = pod.metadata.annotations?.[DEFAULT_CONTAINER_ANNOTATION] ?? '';
  if (annotated !== '' && containerFieldPath(pod, annotated) !== undefined) return annotated;
  if (!quiet && hasSeveralContainers(pod)) warn(MSG_DEFAULTED(first.name, pod));
  return first.name;
}
