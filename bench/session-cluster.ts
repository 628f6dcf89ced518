// The cluster the snapshot and burst figures load into the app: the `empty` profile (the app rebuilds
// it by name) with `nodes` Ready workers of the scale profile and `pods` busybox pods Running, built in
// Node as the app builds a sandbox, and written as the session file the app exports and imports.

import { Cluster, emptyProfile, type KubeObject, type Profile } from '../src/engine/index.ts';
import { scaleNode } from '../src/engine/profiles/scale/facts.ts';
import { registerReadyNode } from '../src/engine/profiles/scale/nodes.ts';
import { containerKubectl } from '../src/cli/kubectl/in-pod/container-kubectl.ts';
import { createWorkstation } from '../src/cli/workstation.ts';
import type { HostSnapshot, SandboxOptions } from '../src/worker/host/api.ts';
import { HeapPeak, runUntil, watchReady } from './harness.ts';

/** The page's `?seed=1` and the profile the app rebuilds before it restores the session's cluster. */
export const SESSION_OPTIONS: SandboxOptions = { seed: 1, profile: 'empty' };

const NAMESPACE = 'default';

/**
 * The `empty` profile's facts and boot, then the workers: what the app's `empty` rebuild holds, plus
 * nodes that the restore brings back with every other object of the store and each node's runtime.
 */
function emptyWithNodes(nodes: number): Profile {
  return {
    info: emptyProfile.info,
    boot(ctx) {
      emptyProfile.boot(ctx);
      for (let i = 0; i < nodes; i++) registerReadyNode(ctx, scaleNode(i, nodes));
    },
  };
}

function sleepPod(index: number): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `sleep-${String(index).padStart(5, '0')}`, namespace: NAMESPACE },
    spec: { containers: [{ name: 'sleep', image: 'busybox', imagePullPolicy: 'IfNotPresent', command: ['sleep', '3600'] }] },
  };
}

/** The sandbox's snapshot (as `HostApi.snapshot()` gives it) with `pods` pods Running and Ready on `nodes` nodes. */
export function buildSessionSnapshot(opts: { readonly nodes: number; readonly pods: number }): HostSnapshot {
  const cluster = new Cluster({ seed: SESSION_OPTIONS.seed, profile: emptyWithNodes(opts.nodes) });
  cluster.containerCommands.provide('kubectl', containerKubectl(cluster));
  const workstation = createWorkstation(cluster);
  const ready = watchReady(cluster, NAMESPACE);
  const client = cluster.client();
  for (let i = 0; i < opts.pods; i++) client.create('/pods', sleepPod(i));
  runUntil(cluster, new HeapPeak(), () => ready.size >= opts.pods, () => `only ${ready.size}/${opts.pods} pods Running and Ready`);
  return { version: 1, options: SESSION_OPTIONS, cluster: cluster.snapshot(), files: workstation.fs.snapshot() };
}
