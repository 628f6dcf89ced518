// Directories on a node's disk, as a provisioner's helper pod makes and removes them: the node
// runtime's hostPath layers (the kubelet mounts the same layers into the pods that use them).

import { emptyLayer } from '../infra/fs/layer.ts';
import type { NodeRuntime } from '../kubelet/state.ts';

export interface NodeDirs {
  mkdir(node: string, path: string, mode: number, nowMs: number): void;
  remove(node: string, path: string): void;
}

export function nodeDirs(runtimeOf: (node: string) => NodeRuntime | undefined): NodeDirs {
  return {
    mkdir(node, path, mode, nowMs) {
      const runtime = runtimeOf(node);
      if (runtime) runtime.hostPaths[path] ??= emptyLayer(nowMs, mode);
    },
    remove(node, path) {
      const runtime = runtimeOf(node);
      if (runtime) delete runtime.hostPaths[path];
    },
  };
}
