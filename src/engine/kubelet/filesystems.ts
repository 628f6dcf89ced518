// A container's view of files: the image's layer, its own writable layer, and the pod's volumes at
// their mount paths (emptyDir, hostPath, the service-account token, ConfigMaps and Secrets).

import type { Container, PodSpec, Volume } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { decodeBase64 } from '../base/base64.ts';
import { utf8Decode } from '../base/utf8.ts';
import { emptyLayer, layerWithFiles, type FsLayer } from '../infra/fs/layer.ts';
import { Vfs } from '../infra/fs/vfs.ts';
import type { KubeletContext } from './context.ts';
import type { ImageFacts } from './image-source.ts';
import type { ContainerRecord, PodRecord } from './state.ts';

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
    const layer = volumeLayer(ctx, pod, rec, vol);
    if (layer) out.push({ path: m.mountPath, layer, readOnly: m.readOnly === true || isReadOnlySource(vol) });
  }
  return out;
}

function isReadOnlySource(vol: Volume): boolean {
  return !!(vol.projected || vol.configMap || vol.secret || vol.downwardAPI);
}

/** The layer behind a volume, made on first use and kept with the pod (hostPath: with the node). */
function volumeLayer(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, vol: Volume): FsLayer | undefined {
  if (vol.hostPath) {
    const path = vol.hostPath.path;
    return (ctx.runtime.hostPaths[path] ??= emptyLayer(ctx.clock.nowMs));
  }
  const existing = rec.volumes[vol.name];
  if (existing) return existing;
  const made = makeLayer(ctx, pod, vol);
  if (made) rec.volumes[vol.name] = made;
  return made;
}

function makeLayer(ctx: KubeletContext, pod: KubeObject, vol: Volume): FsLayer | undefined {
  const now = ctx.clock.nowMs;
  const ns = pod.metadata.namespace!;
  if (vol.emptyDir || vol.persistentVolumeClaim) return emptyLayer(now);
  if (vol.configMap) {
    const cm = ctx.client.get('/configmaps', ns, vol.configMap.name ?? '');
    return layerWithFiles(projectItems((cm?.data ?? {}) as Record<string, string>, vol.configMap.items), now);
  }
  if (vol.secret) {
    const secret = ctx.client.get('/secrets', ns, vol.secret.secretName ?? '');
    const data = Object.fromEntries(Object.entries((secret?.data ?? {}) as Record<string, string>).map(([k, v]) => [k, utf8Decode(decodeBase64(v))]));
    return layerWithFiles(projectItems(data, vol.secret.items), now);
  }
  if (vol.projected) return layerWithFiles(serviceAccountFiles(ctx, pod), now);
  return emptyLayer(now);
}

function projectItems(data: Record<string, string>, items: ReadonlyArray<{ key: string; path: string }> | undefined): Record<string, string> {
  if (!items) return data;
  return Object.fromEntries(items.filter((i) => data[i.key] !== undefined).map((i) => [i.path, data[i.key]!]));
}

/** kube-api-access-*: the cluster CA, the namespace and a bound token. */
function serviceAccountFiles(ctx: KubeletContext, pod: KubeObject): Record<string, string> {
  const ca = ctx.client.get('/configmaps', pod.metadata.namespace!, 'kube-root-ca.crt');
  return {
    'ca.crt': ((ca?.data ?? {}) as Record<string, string>)['ca.crt'] ?? '',
    namespace: pod.metadata.namespace!,
    token: `eyJhbGciOiJSUzI1NiIsImtpZCI6I${ctx.rand.hex(40)}.${ctx.rand.hex(120)}.${ctx.rand.hex(86)}`,
  };
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
