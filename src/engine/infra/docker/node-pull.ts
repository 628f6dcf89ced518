// What a node's containerd gets when it pulls from a registry on the workstation (192.168.56.1:<port>):
// the endpoints its hosts.toml configures tried in order (HTTPS by default, refused by the plain
// HTTP registry), then the pushed image as the kubelet runs it. Mirrors containerd 1.7's resolver
// (remotes/docker/resolver.go: first error wins, 404 tries the next host) and its CRI error texts.

import { WORKSTATION_IP } from '../../network/addresses.ts';
import type { PullResult } from '../images/catalogue.ts';
import { normalizedReference, parseReference, repositoryName } from '../images/reference.ts';
import type { CatalogueImage } from '../images/types.ts';
import { resolveEndpoints, type ConfigFiles } from '../machine/containerd-hosts.ts';
import type { DockerEngine } from './engine.ts';
import { runnableImage } from './images.ts';
import { MSG_HTTPS_TO_HTTP } from './push.ts';
import type { DockerImage } from './types.ts';

/** A pulled image as a node keeps it (plain JSON, in the node's runtime state). */
export interface RegistryImage {
  /** The normalised reference (`192.168.56.1:5000/app:1.0`). */
  readonly ref: string;
  readonly digest: string;
  readonly sizeBytes: number;
  readonly image: DockerImage;
}

export type NodePull = { readonly ok: true; readonly pulled: RegistryImage } | Extract<PullResult, { ok: false }>;

/** The pull of `ref` from the workstation's registry, or undefined when `ref` names another registry. */
export function pullFromWorkstation(docker: DockerEngine, fs: ConfigFiles | undefined, ref: string): NodePull | undefined {
  const parsed = parseReference(ref);
  if (!parsed.ok) return undefined;
  const r = parsed.ref;
  const host = r.domain.replace(/:\d+$/, '');
  if (host !== WORKSTATION_IP) return undefined;
  const name = normalizedReference(r);
  const object = r.digest ?? r.tag ?? 'latest';
  const fail = (detail: string, code = 'Unknown'): NodePull => ({
    ok: false, reason: code === 'NotFound' ? 'not-found' : 'refused',
    message: `rpc error: code = ${code} desc = failed to pull and unpack image "${name}": failed to resolve reference "${name}": ${detail}`,
  });
  let firstError: string | undefined;
  for (const endpoint of fs ? resolveEndpoints(fs, r.domain) : [{ scheme: 'https' as const, host: r.domain }]) {
    const ep = endpoint.host.replace(/:\d+$/, '');
    const port = Number(endpoint.host.slice(ep.length + 1) || (endpoint.scheme === 'https' ? '443' : '80'));
    const request = `failed to do request: Head "${endpoint.scheme}://${endpoint.host}/v2/${r.path}/manifests/${object}"`;
    const listening = ep === WORKSTATION_IP && docker.servesRegistry(port);
    if (!listening) firstError ??= `${request}: dial tcp ${ep}:${port}: connect: connection refused`;
    else if (endpoint.scheme === 'https') firstError ??= `${request}: ${MSG_HTTPS_TO_HTTP}`;
    else {
      const fetched = docker.registryFetch(port, r.path, object);
      if (fetched.ok) return { ok: true, pulled: { ref: name, digest: fetched.digest, sizeBytes: fetched.sizeBytes, image: fetched.image } };
    }
  }
  return firstError ? fail(firstError) : fail(`${name}: not found`, 'NotFound');
}

/** The image the kubelet runs for a pulled registry image (its base's programs, its own files and config). */
export function registryImageFacts(pulled: RegistryImage): CatalogueImage {
  const parsed = parseReference(pulled.ref);
  const repository = parsed.ok ? repositoryName(parsed.ref) : pulled.ref;
  return { ...runnableImage(pulled.image), ref: pulled.ref, imageId: `${repository}@${pulled.digest}`, repository, digest: pulled.digest, sizeBytes: pulled.sizeBytes };
}
