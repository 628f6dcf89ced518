// `docker pull` against the simulated registries: the catalogue's images (Docker Hub and the
// others), the daemon's errors as the CLI prints them, and how long the pull takes.
// Mirrors moby's distribution/pull_v2.go outcomes and the registry client's error texts.

import { lookupImage } from '../images/catalogue.ts';
import { familiarName, parseReference, type ImageReference } from '../images/reference.ts';
import { pingError, workstationPort } from './push.ts';
import { fetchFrom } from './registry.ts';
import { pullDurationMs } from '../images/pull-timing.ts';
import type { DockerContext } from './context.ts';
import { familiarTag, pulledImage, storeImage } from './images.ts';
import type { DockerImage } from './types.ts';

export type PullOutcome =
  | { readonly ok: true; readonly image: DockerImage; readonly tag: string; readonly fresh: boolean; readonly digest: string; readonly durationMs: number }
  | { readonly ok: false; readonly message: string };

export const MSG_PULL_DENIED = (repo: string): string =>
  `pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;

export function pullImage(ctx: DockerContext, name: string): PullOutcome {
  const parsed = parseReference(name);
  if (!parsed.ok) return { ok: false, message: `invalid reference format` };
  const ref = parsed.ref;
  const tag = familiarTag(name)!;
  const repo = familiarName({ ...ref, tag: undefined, digest: undefined });
  const local = pullLocal(ctx, ref, tag);
  if (local) return local;
  const result = lookupImage(name);
  if (!result.ok) {
    const host = ref.domain.replace(/:\d+$/, '');
    switch (result.reason) {
      case 'denied': return { ok: false, message: MSG_PULL_DENIED(repo) };
      case 'not-found': return { ok: false, message: `manifest for ${tag} not found: manifest unknown: manifest unknown` };
      case 'refused': return { ok: false, message: `Get "http://${ref.domain}/v2/": dial tcp ${host === 'localhost' ? '127.0.0.1' : host}:${ref.domain.slice(host.length + 1) || '443'}: connect: connection refused` };
      case 'no-such-host': return { ok: false, message: `Get "https://${ref.domain}/v2/": dial tcp: lookup ${host} on 127.0.0.53:53: no such host` };
      default: return { ok: false, message: 'invalid reference format' };
    }
  }
  const catalogue = result.image;
  const existing = ctx.state.images.find((i) => i.repoTags.includes(tag));
  const made = pulledImage(catalogue, tag);
  const fresh = existing?.id !== made.id;
  const image = storeImage(ctx.state, made, tag);
  const durationMs = fresh ? pullDurationMs(catalogue.sizeBytes, ctx.rand.next()) : 400 + ctx.rand.int(400);
  return { ok: true, image, tag, fresh, digest: catalogue.digest, durationMs };
}

/** A pull from a registry on the workstation itself (undefined for any other registry). */
function pullLocal(ctx: DockerContext, ref: ImageReference, tag: string): PullOutcome | undefined {
  const port = workstationPort(ref.domain);
  if (port === undefined) return undefined;
  const unreachable = pingError(ctx, ref.domain, port);
  if (unreachable) return { ok: false, message: unreachable };
  const fetched = fetchFrom(ctx, port, ref.path, ref.digest ?? ref.tag ?? 'latest');
  if (!fetched.ok) return { ok: false, message: `manifest for ${tag} not found: manifest unknown: manifest unknown` };
  const existing = ctx.state.images.find((i) => i.repoTags.includes(tag));
  const digestRef = `${familiarName({ ...ref, tag: undefined, digest: undefined })}@${fetched.digest}`;
  const image = storeImage(ctx.state, { ...fetched.image, repoDigests: [digestRef] }, tag);
  const fresh = existing?.id !== image.id;
  return { ok: true, image, tag, fresh, digest: fetched.digest, durationMs: fresh ? 300 + ctx.rand.int(500) : 100 + ctx.rand.int(100) };
}
