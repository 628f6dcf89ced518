// `docker push` as the daemon answers it: the registry endpoint for the reference (plain HTTP only
// for localhost, as Docker's default insecure 127.0.0.0/8), its errors, and each layer's outcome.
// Mirrors moby's distribution/push_v2.go and registry endpoint selection (registry/config.go).

import { WORKSTATION_IP } from '../../network/addresses.ts';
import { DOCKER_HUB, familiarName, parseReference } from '../images/reference.ts';
import type { DockerContext } from './context.ts';
import { findImage } from './images.ts';
import { pushLayers, pushTo, registryAt, type LayerPush } from './registry.ts';

export type PushOutcome =
  | { readonly ok: true; readonly repository: string; readonly tag: string; readonly layers: readonly LayerPush[]; readonly digest: string; readonly size: number; readonly durationMs: number }
  /** `repository` once the daemon printed `The push refers to repository […]`; `preparing` the layers it listed. */
  | { readonly ok: false; readonly message: string; readonly repository?: string; readonly preparing?: readonly string[] };

export const MSG_PUSH_DENIED = 'denied: requested access to the resource is denied';
export const MSG_UNAUTHORIZED = 'unauthorized: authentication required';
export const MSG_HTTPS_TO_HTTP = 'http: server gave HTTP response to HTTPS client';

/** The registries the daemon reaches over plain HTTP (the loopback, Docker's built-in insecure range). */
const LOOPBACK = /^(localhost|127(\.\d+){3})$/;

/** The workstation's own port `domain` names (a registry container may publish it), or undefined. */
export function workstationPort(domain: string): number | undefined {
  const host = domain.replace(/:\d+$/, '');
  if (!LOOPBACK.test(host) && host !== WORKSTATION_IP) return undefined;
  return Number(domain.slice(host.length + 1) || '443');
}

/** Why the daemon cannot talk to the workstation registry `domain` (its /v2/ ping), or undefined when it can. */
export function pingError(ctx: DockerContext, domain: string, port: number): string | undefined {
  const host = domain.replace(/:\d+$/, '');
  const scheme = LOOPBACK.test(host) ? 'http' : 'https';
  if (!registryAt(ctx, port)) return `Get "${scheme}://${domain}/v2/": dial tcp ${host === 'localhost' ? '127.0.0.1' : host}:${port}: connect: connection refused`;
  return scheme === 'https' ? `Get "https://${domain}/v2/": ${MSG_HTTPS_TO_HTTP}` : undefined;
}

/** In moby's order: the repository line, an image under that name, the registry's /v2/ ping, the tag. */
export function pushImage(ctx: DockerContext, name: string): PushOutcome {
  const parsed = parseReference(name);
  if (!parsed.ok) return { ok: false, message: 'invalid reference format' };
  const ref = parsed.ref;
  const repository = `${ref.domain}/${ref.path}`;
  const repo = familiarName({ ...ref, tag: undefined, digest: undefined });
  if (!ctx.state.images.some((i) => i.repoTags.some((t) => t.startsWith(`${repo}:`)))) {
    return { ok: false, message: `An image does not exist locally with the tag: ${repo}`, repository };
  }
  const host = ref.domain.replace(/:\d+$/, '');
  const port = workstationPort(ref.domain);
  const unreachable = port !== undefined ? pingError(ctx, ref.domain, port)
    : ref.domain !== DOCKER_HUB && !/\./.test(host) ? `Get "https://${ref.domain}/v2/": dial tcp: lookup ${host} on 127.0.0.53:53: no such host` : undefined;
  if (unreachable) return { ok: false, message: unreachable, repository };
  const tag = ref.tag ?? 'latest';
  const image = findImage(ctx.state, familiarName({ ...ref, tag, digest: undefined }));
  if (!image) return { ok: false, message: `tag does not exist: ${familiarName({ ...ref, tag, digest: undefined })}`, repository };
  if (port === undefined) return { ok: false, message: ref.domain === DOCKER_HUB ? MSG_PUSH_DENIED : MSG_UNAUTHORIZED, repository, preparing: [...pushLayers(image)].reverse() };
  const pushed = pushTo(ctx, registryAt(ctx, port)!, image, ref.path, tag);
  const digestRef = `${repo}@${pushed.digest}`;
  if (!image.repoDigests.includes(digestRef)) image.repoDigests.push(digestRef);
  const fresh = pushed.layers.filter((l) => l.result === 'Pushed').length;
  return { ok: true, repository, tag, ...pushed, durationMs: 150 + fresh * (250 + ctx.rand.int(300)) + ctx.rand.int(100) };
}
