// Who answers on a pod's port: the running container whose main program listens there, answering
// as its image's server does (nginx pages, echoserver dumps, the liveness server's health check).

import type { PodSpec } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/types.ts';
import { containerArgv } from './container-config.ts';
import type { KubeletContext } from './context.ts';
import { appendLog } from './containers.ts';
import { containerVfs } from './filesystems.ts';
import { imageByRef, listensOn, serveRequest, type HttpAnswer, type HttpAsk } from './image-source.ts';
import type { PodRecord } from './state.ts';

/** The answer to `req` on `port`, `{ status: 0 }` for a bare connect, or undefined when nothing listens. */
export function serveOnPort(ctx: KubeletContext, pod: KubeObject, rec: PodRecord, port: number, req?: HttpAsk): HttpAnswer | undefined {
  const spec = pod.spec as PodSpec;
  for (const c of rec.containers) {
    if (c.phase !== 'running' || !c.image) continue;
    const cspec = [...(spec.initContainers ?? []), ...spec.containers].find((x) => x.name === c.name)!;
    const image = imageByRef(c.image, ctx.runtime.registryImages);
    const argv = containerArgv(cspec, image);
    const fs = containerVfs(ctx, pod, rec, c, image);
    if (!listensOn(image, argv, port, fs)) continue;
    if (!req) return { status: 0, headers: {}, body: '' };
    const answer = serveRequest(image, argv, req, {
      fs, nowMs: ctx.clock.nowMs, startedMs: c.startedMs ?? ctx.clock.nowMs,
      hostname: spec.hostname ?? rec.name, podIp: rec.ip ?? '', port, env: c.env,
    });
    if (answer?.log) appendLog(c, answer.log.fd === 1 ? 'stdout' : 'stderr', `${answer.log.text}\n`, ctx.clock.nowMs, ctx);
    return answer;
  }
  return undefined;
}
