// The kubelet's image manager: honour imagePullPolicy, pull one image at a time per node, report
// `Pulling` / `Pulled` / `Failed` / `BackOff` events and the ErrImagePull → ImagePullBackOff dance.
// Mirrors pkg/kubelet/images/image_manager.go (v1.31 messages: pull durations and image size).

import type { Container } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { goDuration } from '../base/time.ts';
import { backoffEndsMs, inBackoffSince, nextBackoff } from './backoff.ts';
import type { KubeletContext } from './context.ts';
import { checkImageRef, heldRegistryImage, localImage, pullDurationMs, pullImage, repoToPull, type PullResult } from './image-source.ts';
import { credentialsFor, FAILED_PULL_SECRETS, missingPullSecrets } from './pull-secrets.ts';
import type { ContainerRecord, PodRecord } from './state.ts';

export type PullOutcome = 'ready' | 'waiting';

/** Makes sure the container's image is on the node; 'ready' means the container may be created now. */
export function ensureImage(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, spec: Container): PullOutcome {
  const ref = spec.image ?? '';
  const fieldPath = fieldPathOf(c);
  const invalid = checkImageRef(ref);
  if (invalid) {
    c.waiting = { reason: 'InvalidImageName', message: invalid };
    ctx.event(pod, 'Warning', 'InspectFailed', invalid, fieldPath);
    ctx.event(pod, 'Warning', 'Failed', 'Error: InvalidImageName', fieldPath);
    return 'waiting';
  }
  if (c.phase === 'pulling') return finishPull(ctx, pod, rec, c, ref, fieldPath);
  const policy = spec.imagePullPolicy ?? 'IfNotPresent';
  const present = presentImage(ctx, ref);
  if (present && policy !== 'Always') {
    c.image = present.ref;
    c.imageId = present.imageId;
    ctx.event(pod, 'Normal', 'Pulled', `Container image "${ref}" already present on machine`, fieldPath);
    return 'ready';
  }
  if (policy === 'Never') {
    const msg = `Container image "${ref}" is not present with pull policy of Never`;
    c.waiting = { reason: 'ErrImageNeverPull', message: msg };
    ctx.event(pod, 'Warning', 'ErrImageNeverPull', msg, fieldPath);
    return 'waiting';
  }
  if (c.pullBackoff && inBackoffSince(c.pullBackoff, ctx.clock.nowMs, ctx.clock.nowMs)) {
    c.waiting = { reason: 'ImagePullBackOff', message: `Back-off pulling image "${ref}"` };
    ctx.event(pod, 'Normal', 'BackOff', `Back-off pulling image "${ref}"`, fieldPath);
    ctx.event(pod, 'Warning', 'Failed', 'Error: ImagePullBackOff', fieldPath);
    ctx.schedule('sync', rec.uid, backoffEndsMs(c.pullBackoff) - ctx.clock.nowMs);
    return 'waiting';
  }
  const missing = missingPullSecrets(ctx, pod);
  if (missing.length > 0) ctx.event(pod, 'Warning', 'FailedToRetrieveImagePullSecret', FAILED_PULL_SECRETS(missing));
  ctx.event(pod, 'Normal', 'Pulling', `Pulling image "${ref}"`, fieldPath);
  const startMs = Math.max(ctx.clock.nowMs, ctx.runtime.pullFreeAtMs);
  const result = pullFor(ctx, pod, ref);
  const size = result.ok ? result.image.sizeBytes : 0;
  const duration = result.ok ? (present ? 400 + ctx.rand.int(900) : pullDurationMs(size, ctx.rand.next())) : 600 + ctx.rand.int(1_400);
  c.phase = 'pulling';
  c.pull = { requestedMs: ctx.clock.nowMs, startMs, doneMs: startMs + duration };
  ctx.runtime.pullFreeAtMs = c.pull.doneMs;
  ctx.schedule('sync', rec.uid, c.pull.doneMs - ctx.clock.nowMs);
  return 'waiting';
}

function finishPull(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, c: ContainerRecord, ref: string, fieldPath: string): PullOutcome {
  const pull = c.pull;
  if (pull && ctx.clock.nowMs < pull.doneMs) return 'waiting';
  c.phase = 'waiting';
  c.pull = undefined;
  const result = pullFor(ctx, pod, ref, true);
  if (!result.ok) {
    ctx.event(pod, 'Warning', 'Failed', `Failed to pull image "${ref}": ${result.message}`, fieldPath);
    ctx.event(pod, 'Warning', 'Failed', 'Error: ErrImagePull', fieldPath);
    c.waiting = { reason: 'ErrImagePull', message: result.message };
    c.pullBackoff = nextBackoff(c.pullBackoff, ctx.clock.nowMs);
    ctx.schedule('sync', rec.uid, 1_000 + ctx.rand.int(1_000));
    return 'waiting';
  }
  c.pullBackoff = undefined;
  const image = result.image;
  if (!ctx.runtime.images.includes(image.ref)) ctx.runtime.images.push(image.ref);
  c.image = image.ref;
  c.imageId = image.imageId;
  const took = goDuration(ctx.clock.nowMs - (pull?.startMs ?? ctx.clock.nowMs));
  const waited = goDuration(ctx.clock.nowMs - (pull?.requestedMs ?? ctx.clock.nowMs));
  ctx.event(pod, 'Normal', 'Pulled', `Successfully pulled image "${ref}" in ${took} (${waited} including waiting). Image size: ${image.sizeBytes} bytes.`, fieldPath);
  return 'ready';
}

function presentImage(ctx: KubeletContext, ref: string): { ref: string; imageId: string } | undefined {
  const result = localImage(ref);
  const image = result.ok ? result.image : heldRegistryImage(ctx.runtime.registryImages, ref);
  return image && ctx.runtime.images.includes(image.ref) ? image : undefined;
}

/** What the registry answers: the workstation's for its references (kept on the node once pulled), the catalogue's otherwise. */
function pullFor(ctx: KubeletContext, pod: KubeObject, ref: string, keep = false): PullResult {
  const fromRegistry = ctx.registry?.(ctx.node, ref);
  if (!fromRegistry) return pullImage(ref, credentialsFor(ctx, pod, repoToPull(ref)));
  if (!fromRegistry.ok) return fromRegistry;
  const { pulled } = fromRegistry;
  if (keep) ctx.runtime.registryImages = { ...ctx.runtime.registryImages, [pulled.ref]: pulled };
  return { ok: true, image: heldRegistryImage({ [pulled.ref]: pulled }, pulled.ref)! };
}

export function fieldPathOf(c: ContainerRecord): string {
  return `spec.${c.init ? 'initContainers' : 'containers'}{${c.name}}`;
}
