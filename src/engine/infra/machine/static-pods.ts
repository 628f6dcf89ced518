// The kubelet's static pods (the file source, pkg/kubelet/config/file.go): the manifests in
// /etc/kubernetes/manifests, kubeadm's form of them, and the mirror pods the kubelet posts for them.
// Deviation from upstream: a manifest is recognised by its metadata.name; edits to its other fields
// are not applied (the pod kubeadm wrote runs as long as a file with its name is there).

import type { KubeObject } from '../../api/types.ts';
import { rfc3339 } from '../../base/time.ts';
import { manifestYaml } from './manifest-yaml.ts';

type Dict = Record<string, unknown>;

/** The container fields kubeadm writes (the API server's defaults are not in the file). */
const CONTAINER_FIELDS = ['command', 'image', 'imagePullPolicy', 'livenessProbe', 'name', 'readinessProbe', 'resources', 'startupProbe', 'volumeMounts'];
const POD_SPEC_FIELDS = ['containers', 'hostNetwork', 'priority', 'priorityClassName', 'securityContext', 'volumes'];

function pick(obj: Dict, keys: readonly string[]): Dict {
  return Object.fromEntries(keys.filter((k) => obj[k] !== undefined).map((k) => [k, obj[k]]));
}

function withoutSuccessThreshold(probe: unknown): unknown {
  if (typeof probe !== 'object' || probe === null) return probe;
  const { successThreshold: _dropped, ...rest } = probe as Dict;
  return rest;
}

/** The static pod as kubeadm wrote it, from the mirror pod the kubelet posted for it. */
export function manifestOf(mirror: KubeObject): KubeObject {
  const spec = (mirror.spec ?? {}) as Dict;
  const containers = ((spec.containers ?? []) as Dict[]).map((c) => {
    const kept = pick(c, CONTAINER_FIELDS);
    for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) if (kept[probe]) kept[probe] = withoutSuccessThreshold(kept[probe]);
    return kept;
  });
  const name = mirror.metadata.labels?.component ?? mirror.metadata.name!;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { creationTimestamp: null, labels: mirror.metadata.labels ?? {}, name, namespace: mirror.metadata.namespace ?? 'default' } as unknown as KubeObject['metadata'],
    spec: { ...pick(spec, POD_SPEC_FIELDS), containers },
    status: {},
  };
}

export function manifestText(manifest: KubeObject): string {
  return manifestYaml(manifest as unknown as Parameters<typeof manifestYaml>[0]);
}

/** The pod name a manifest file declares (its metadata.name), if it reads as a pod manifest. */
export function declaredName(content: string): string | undefined {
  const metadata = /^metadata:[ \t]*\n((?:[ \t]+.*\n?|[ \t]*\n)*)/m.exec(content);
  const name = metadata ? /^ {2}name:[ \t]*["']?([^"'\s]+)["']?[ \t]*$/m.exec(metadata[1]!) : undefined;
  return name?.[1];
}

/** FNV-1a over the manifest: the kubelet's config hash, 32 hex digits. */
function configHash(text: string): string {
  let out = '';
  for (let round = 0; round < 4; round++) {
    let h = 2166136261 ^ round;
    for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out;
}

/** The mirror pod the kubelet posts for a static pod it runs: named `<name>-<node>`, owned by the Node. */
export function mirrorPod(manifest: KubeObject, node: KubeObject, seenMs: number): KubeObject {
  const hash = configHash(manifestText(manifest));
  const seen = rfc3339(seenMs).replace(/Z$/, `.${String(Math.floor(seenMs) % 1000).padStart(3, '0')}000000Z`);
  const { creationTimestamp: _none, ...meta } = manifest.metadata as Dict;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...meta,
      name: `${manifest.metadata.name!}-${node.metadata.name!}`,
      annotations: {
        'kubernetes.io/config.hash': hash, 'kubernetes.io/config.mirror': hash,
        'kubernetes.io/config.seen': seen, 'kubernetes.io/config.source': 'file',
      },
      ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node.metadata.name!, uid: node.metadata.uid!, controller: true }],
    },
    spec: { ...(manifest.spec as Dict), nodeName: node.metadata.name!, tolerations: [{ operator: 'Exists', effect: 'NoExecute' }] },
  };
}

export function isMirrorPod(pod: KubeObject, node: string): boolean {
  return pod.metadata.annotations?.['kubernetes.io/config.mirror'] !== undefined && (pod.spec as { nodeName?: string } | undefined)?.nodeName === node;
}
