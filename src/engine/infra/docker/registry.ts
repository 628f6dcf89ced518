// The registries the workstation's Docker engine can reach on its own ports: a running registry:2
// container publishing a port is one. `docker push` writes an image into its storage, and pulls
// (the daemon's and the nodes' containerd) read it back. Mirrors moby's distribution/push_v2.go
// (layer existence checks, cross-repository mounts, schema 2 manifests) as far as the CLI shows it.

import { isoMillis } from '../images/time-format.ts';
import { serverFor } from '../images/http.ts';
import { MANIFEST_MEDIA_TYPE } from '../images/distribution/server.ts';
import { blob, hasLayer, linkLayer, manifestDigest, putBlob, repositories, tagManifest } from '../images/distribution/storage.ts';
import { utf8ByteLength } from '../../base/utf8.ts';
import type { Vfs } from '../fs/vfs.ts';
import type { DockerContext } from './context.ts';
import { containerVfs, imageOf } from './containers.ts';
import { hex64, runnableImage } from './images.ts';
import type { DockerContainer, DockerImage } from './types.ts';

/** The image record a pushed config blob carries besides the OCI config (kubelab's layers are files). */
type PushedImage = Omit<DockerImage, 'repoTags' | 'repoDigests' | 'cacheKey'>;

export type LayerPush = { readonly layer: string; readonly result: 'Pushed' | 'Layer already exists' | `Mounted from ${string}` };

export interface Pushed {
  readonly layers: readonly LayerPush[];
  readonly digest: string;
  readonly size: number;
}

export type Fetched =
  | { readonly ok: true; readonly image: DockerImage; readonly digest: string; readonly sizeBytes: number }
  | { readonly ok: false; readonly reason: 'refused' | 'not-found' };

/** The running registry container behind the workstation's `hostPort`, if one serves there. */
export function registryAt(ctx: DockerContext, hostPort: number): DockerContainer | undefined {
  for (const c of ctx.state.containers) {
    if (c.status !== 'running') continue;
    const p = c.ports.find((x) => x.hostPort === hostPort && x.protocol === 'tcp');
    if (!p) continue;
    const server = serverFor(runnableImage(imageOf(ctx, c)), [c.path, ...c.args]);
    return server?.id === 'registry' && p.containerPort === 5000 ? c : undefined;
  }
  return undefined;
}

function storageOf(ctx: DockerContext, c: DockerContainer): Vfs {
  return containerVfs(ctx, c, runnableImage(imageOf(ctx, c)));
}

/** Short layer ids of what a push sends: the base's layers, then one for the build's files. */
export function pushLayers(image: DockerImage): string[] {
  const own = Object.keys(image.added).length > 0 ? [hex64(`layer ${image.id}`).slice(0, 12)] : [];
  return [...image.layers, ...own];
}

const layerDigest = (short: string): string => `sha256:${short}${hex64(`layer ${short}`).slice(12)}`;

/** Pushes `image` as `repo:tag` into the registry container `c`. */
export function pushTo(ctx: DockerContext, c: DockerContainer, image: DockerImage, repo: string, tag: string): Pushed {
  const fs = storageOf(ctx, c);
  const known = repositories(fs);
  const layers = pushLayers(image);
  const results: LayerPush[] = layers.map((layer) => {
    const digest = layerDigest(layer);
    if (hasLayer(fs, repo, digest)) return { layer, result: 'Layer already exists' };
    const from = known.find((r) => r !== repo && hasLayer(fs, r, digest));
    putBlob(fs, digest, '');
    linkLayer(fs, repo, digest);
    return { layer, result: from ? `Mounted from ${from}` : 'Pushed' };
  });
  const { repoTags: _t, repoDigests: _d, cacheKey: _k, ...record } = image;
  const config = JSON.stringify({ architecture: 'amd64', created: isoMillis(image.createdMs), os: 'linux', image: record });
  const configDigest = `sha256:${hex64(config)}`;
  putBlob(fs, configDigest, config);
  const layerBytes = Math.round(image.sizeBytes / 2.6 / layers.length);
  const manifest = JSON.stringify({
    schemaVersion: 2, mediaType: MANIFEST_MEDIA_TYPE,
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', size: utf8ByteLength(config), digest: configDigest },
    layers: layers.map((l) => ({ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', size: layerBytes, digest: layerDigest(l) })),
  }, null, 3);
  const digest = `sha256:${hex64(manifest)}`;
  putBlob(fs, digest, manifest);
  tagManifest(fs, repo, tag, digest);
  return { layers: [...results].reverse(), digest, size: utf8ByteLength(manifest) };
}

/** Reads `repo:reference` back from the registry behind `hostPort`. */
export function fetchFrom(ctx: DockerContext, hostPort: number, repo: string, reference: string): Fetched {
  const c = registryAt(ctx, hostPort);
  if (!c) return { ok: false, reason: 'refused' };
  const fs = storageOf(ctx, c);
  const digest = manifestDigest(fs, repo, reference);
  const manifest = digest === undefined ? undefined : blob(fs, digest);
  if (digest === undefined || manifest === undefined) return { ok: false, reason: 'not-found' };
  const parsed = JSON.parse(manifest) as { config: { size: number; digest: string }; layers: Array<{ size: number }> };
  const config = blob(fs, parsed.config.digest);
  if (config === undefined) return { ok: false, reason: 'not-found' };
  const record = (JSON.parse(config) as { image: PushedImage }).image;
  const sizeBytes = parsed.config.size + parsed.layers.reduce((a, l) => a + l.size, 0);
  return { ok: true, image: { ...record, repoTags: [], repoDigests: [] }, digest, sizeBytes };
}
