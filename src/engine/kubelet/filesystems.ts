// A container's view of files: the image's layer, its own writable layer, and the pod's volumes at
// their mount paths (emptyDir, hostPath, claims, the service-account token, ConfigMaps and Secrets).

import type { Container, PodSpec, Volume } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { emptyLayer, type FsLayer } from '../infra/fs/layer.ts';
import { Vfs } from '../infra/fs/vfs.ts';
import type { KubeletContext } from './context.ts';
import type { ImageFacts } from './image-source.ts';
import type { ContainerRecord, PodRecord } from './state.ts';
import { isApiDataVolume } from './config-volumes.ts';
import { apiDataLayer, subPathLayer } from './volume-manager.ts';
import { claimLayer } from './claim-volumes.ts';

export function containerVfs(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, image: ImageFacts): Vfs {
  const spec = pod.spec as PodSpec;
  const container = [...(spec.initContainers ?? []), ...spec.containers].find((x) => x.name === c.name);
  return new Vfs({ lower: image.files, upper: c.upper, mounts: mountsOf(ctx, pod, rec, container) }, ctx.clock.nowMs);
}

function mountsOf(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, container: Container | undefined): Array<{ path: string; layer: FsLayer; readOnly: boolean }> {
  const volumes = (pod.spec as PodSpec).volumes ?? [];
  const out: Array<{ path: string; layer: FsLayer; readOnly: boolean }> = [];
  for (const m of container?.volumeMounts ?? []) {
    const vol = volumes.find((v) => v.name === m.name);
    if (!vol) continue;
    const whole = volumeLayer(ctx, pod, rec, vol);
    const layer = whole && m.subPath && isApiDataVolume(vol) ? subPathSnapshot(ctx, rec, vol, m.subPath, container!.name, whole) : whole;
    if (layer) out.push({ path: m.mountPath, layer, readOnly: m.readOnly === true || isReadOnlySource(vol) });
  }
  return out;
}

function isReadOnlySource(vol: Volume): boolean {
  return isApiDataVolume(vol) || vol.persistentVolumeClaim?.readOnly === true;
}

/**
 * A subPath of an API-data volume is bind-mounted from the files of the moment the container first
 * used it: later remounts replace the volume's files, not what the bind mount holds.
 */
function subPathSnapshot(ctx: KubeletContext, rec: PodRecord, vol: Volume, subPath: string, container: string, whole: FsLayer): FsLayer {
  const key = `${vol.name}/${subPath}@${container}`;
  return (rec.volumes[key] ??= subPathLayer(whole, subPath, ctx.clock.nowMs));
}

/** The layer behind a volume, made on first use and kept with the pod (hostPath: with the node). */
function volumeLayer(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, vol: Volume): FsLayer | undefined {
  if (vol.hostPath) {
    const path = vol.hostPath.path;
    return (ctx.runtime.hostPaths[path] ??= emptyLayer(ctx.clock.nowMs));
  }
  if (vol.persistentVolumeClaim) return claimLayer(ctx, pod, vol.persistentVolumeClaim.claimName);
  const existing = rec.volumes[vol.name];
  if (existing) return existing;
  const made = makeLayer(ctx, pod, vol);
  if (made) rec.volumes[vol.name] = made;
  return made;
}

function makeLayer(ctx: KubeletContext, pod: KubeObject, vol: Volume): FsLayer | undefined {
  const now = ctx.clock.nowMs;
  if (vol.emptyDir) return emptyLayer(now);
  if (isApiDataVolume(vol)) {
    const made = apiDataLayer(ctx, pod, vol, undefined);
    return 'layer' in made ? made.layer : emptyLayer(now);
  }
  return emptyLayer(now);
}

/** The files the kubelet bind-mounts into every container: /etc/hosts, /etc/hostname, /etc/resolv.conf. */
export function writeManagedEtcFiles(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, image: ImageFacts): void {
  const spec = pod.spec as PodSpec;
  const hostname = spec.hostname ?? pod.metadata.name!;
  const fs = containerVfs(ctx, pod, rec, c, image);
  const ip = rec.ip ?? ctx.hostIp();
  fs.writeFile('/etc/hostname', `${hostname}\n`);
  fs.writeFile('/etc/hosts', [
    '# Kubernetes-managed hosts file.', '127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback', 'fe00::0\tip6-localnet',
    'fe00::0\tip6-mcastprefix', 'fe00::1\tip6-allnodes', 'fe00::2\tip6-allrouters', `${ip}\t${hostname}`, '',
  ].join('\n'));
  fs.writeFile('/etc/resolv.conf', resolvConf(ctx, pod));
}

/** ClusterFirst DNS: the cluster's DNS service, the namespace's search path, ndots:5. */
function resolvConf(ctx: KubeletContext, pod: KubeObject): string {
  const spec = pod.spec as PodSpec;
  const policy = spec.dnsPolicy ?? 'ClusterFirst';
  const dns = (ctx.client.get('/services', 'kube-system', 'kube-dns')?.spec as { clusterIP?: string } | undefined)?.clusterIP;
  if (policy === 'Default' || (spec.hostNetwork && policy !== 'ClusterFirstWithHostNet') || !dns) {
    return 'nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n';
  }
  const ns = pod.metadata.namespace!;
  return `search ${ns}.svc.cluster.local svc.cluster.local cluster.local\nnameserver ${dns}\noptions ndots:5\n`;
}
