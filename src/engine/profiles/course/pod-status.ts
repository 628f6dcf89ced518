// The status a kubelet writes for a pod it runs: conditions, init and app container statuses
// (containerd IDs, image digests, mounts), addresses and start time. Mirrors the kubelet's
// generateAPIPodStatus / convertToAPIContainerStatuses (v1.31: RecursiveReadOnlyMounts beta).

import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import { mountStatus } from '../../kubelet/status.ts';
import type { KubeObject } from '../../api/types.ts';
import type { SeededRandom } from '../../base/rand.ts';
import { rfc3339 } from '../../base/time.ts';
import type { NodeFacts } from './facts.ts';
import { imageByRef, imageId } from './images.ts';
import { statusOf, type Dict } from './meta.ts';

/** When each stage of the pod's start happened. */
export interface PodTimes {
  /** Bound to the node (PodScheduled) — for a static pod, when the kubelet read its manifest. */
  readonly scheduledMs: number;
  /** The sandbox is up and the first container starts. */
  readonly startedMs: number;
  /** Every container passed its readiness probe. */
  readonly readyMs: number;
}

/** How long each init container of the course's pods runs (Calico's install steps are quick). */
const INIT_CONTAINER_RUN_MS = 1_400;
const SANDBOX_MS = 600;

export function runningPodStatus(pod: KubeObject, node: NodeFacts, podIp: string, times: PodTimes, rand: SeededRandom): Dict {
  const spec = pod.spec as PodSpec;
  const inits = spec.initContainers ?? [];
  const appsStartMs = times.startedMs + inits.length * INIT_CONTAINER_RUN_MS;
  const initStatuses = inits.map((c, i) => {
    const startMs = times.startedMs + i * INIT_CONTAINER_RUN_MS;
    const finishedMs = startMs + INIT_CONTAINER_RUN_MS - 200;
    const containerID = containerId(rand);
    return containerStatus(c, containerID, { ready: true, started: false }, {
      terminated: { exitCode: 0, reason: 'Completed', startedAt: rfc3339(startMs), finishedAt: rfc3339(finishedMs), containerID },
    });
  });
  const appStatuses = spec.containers.map((c) =>
    containerStatus(c, containerId(rand), { ready: true, started: true }, { running: { startedAt: rfc3339(appsStartMs) } }));
  const status: Dict = {
    phase: 'Running',
    conditions: [
      podCondition('PodReadyToStartContainers', times.startedMs - SANDBOX_MS),
      podCondition('Initialized', inits.length > 0 ? appsStartMs : times.scheduledMs),
      podCondition('Ready', times.readyMs),
      podCondition('ContainersReady', times.readyMs),
      podCondition('PodScheduled', times.scheduledMs),
    ],
    hostIP: node.ip,
    hostIPs: [{ ip: node.ip }],
    podIP: podIp,
    podIPs: [{ ip: podIp }],
    startTime: rfc3339(times.scheduledMs),
  };
  if (initStatuses.length > 0) status.initContainerStatuses = initStatuses;
  status.containerStatuses = appStatuses;
  status.qosClass = statusOf(pod).qosClass;
  return status;
}

function podCondition(type: string, ms: number): Dict {
  return { type, status: 'True', lastProbeTime: null, lastTransitionTime: rfc3339(ms) };
}

function containerId(rand: SeededRandom): string {
  return `containerd://${rand.hex(64)}`;
}

/** A completed init container is ready but not started; a running app container is both. */
interface Readiness {
  readonly ready: boolean;
  readonly started: boolean;
}

function containerStatus(c: Container, containerID: string, readiness: Readiness, state: Dict): Dict {
  const image = imageByRef(c.image!);
  const status: Dict = {
    name: c.name, state, lastState: {}, ready: readiness.ready, restartCount: 0,
    image: image.ref, imageID: imageId(image), containerID, started: readiness.started,
  };
  const mounts = c.volumeMounts ?? [];
  if (mounts.length > 0) status.volumeMounts = mounts.map(mountStatus);
  return status;
}
