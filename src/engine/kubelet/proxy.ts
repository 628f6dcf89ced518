// The kubelet's streaming endpoints behind pods/log and pods/exec (the API server validated the
// request against the pod already): container logs, following them, and exec sessions.

import { internalError } from '../api/errors.ts';
import type { ExecRequest, LogLine, LogRequest, NodeProxy } from '../apiserver/node-proxy.ts';
import { startProblem } from './containers.ts';
import { kubeletUnreachable } from './power.ts';
import type { Kubelet } from './kubelet.ts';
import type { ContainerRecord } from './state.ts';

export function nodeProxy(kubelet: Kubelet): NodeProxy {
  const container = (req: LogRequest | ExecRequest): { c: ContainerRecord; found: NonNullable<ReturnType<Kubelet['podByName']>> } => {
    const down = kubeletUnreachable(kubelet.runtime, kubelet.ctx.hostIp(), 'command' in req ? 'exec' : `containerLogs/${req.namespace}/${req.pod}/${req.container}`);
    if (down) throw down;
    const found = kubelet.podByName(req.namespace, req.pod);
    const c = found?.rec.containers.find((x) => x.name === req.container);
    if (!found || !c) throw internalError(`container not found ("${req.container}")`);
    return { c, found };
  };
  return {
    logs(req) {
      const { c } = container(req);
      return req.previous ? c.previousLogs : c.logs;
    },
    follow(req, line, end) {
      const { c } = container(req);
      if (c.phase !== 'running' || !c.id) {
        end();
        return () => undefined;
      }
      const id = c.id;
      const listener = (l: LogLine | undefined): void => (l ? line(l) : end());
      const set = kubelet.ctx.followers.get(id) ?? new Set();
      set.add(listener);
      kubelet.ctx.followers.set(id, set);
      return () => { kubelet.ctx.followers.get(id)?.delete(listener); };
    },
    exec(req, cb) {
      const { c, found } = container(req);
      if (c.phase !== 'running') throw internalError(`container not found ("${req.container}")`);
      const problem = startProblem(kubelet.ctx, found.pod, found.rec, c, req.command);
      if (problem) {
        throw internalError(`error executing command in container: failed to exec in container: failed to start exec "${kubelet.ctx.rand.hex(64)}": OCI runtime exec failed: exec failed: unable to start container process: ${problem}: unknown`);
      }
      return kubelet.execs.open(found.pod, found.rec, c, req.command, { tty: req.tty, stdin: req.stdin }, cb);
    },
  };
}
