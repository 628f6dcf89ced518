// The pods/exec subresource: the API server's checks (pod, container name, node assigned), then the
// connection upgrade through the kubelet, which finds no running container to exec into or fails
// to start the command.
// Mirrors pkg/registry/core/pod/strategy.go ExecLocation/streamLocation (v1.31) and the errors
// kubectl's remotecommand executor reports.

import type { Pod } from 'kubernetes-types/core/v1';
import { badRequest, isStatusError } from '../../../api/errors.ts';
import type { ExecCallbacks, ExecSession } from '../../node-proxy.ts';
import { containerStatus, kubeletAddress, kubeletUnreachable, validateContainer, type PodStreamDeps } from './log.ts';

/** The query parameters of POST pods/<name>/exec (stdout and stderr are always attached). */
export interface PodExecOptions {
  readonly container?: string;
  readonly command: readonly string[];
  readonly stdin: boolean;
  readonly tty: boolean;
}

/**
 * The stream could not be set up or the command not started: kubectl reports these as
 * `error: <message>`, not as `Error from server (…)`.
 */
export class ExecStreamError extends Error {
  override readonly name = 'ExecStreamError';
}

export function isExecStreamError(e: unknown): e is ExecStreamError {
  return e instanceof ExecStreamError;
}

/** Starts `opts.command` in the pod's container; output and the exit code arrive through `cb`. */
export function execInPod(deps: PodStreamDeps, namespace: string, name: string, opts: PodExecOptions, cb: ExecCallbacks): ExecSession {
  const pod = deps.pod(namespace, name);
  const container = validateContainer(pod, opts.container);
  const nodeName = (pod as unknown as Pod).spec?.nodeName ?? '';
  if (nodeName === '') throw badRequest(`pod ${name} does not have a host assigned`);
  const proxy = deps.proxy(nodeName);
  if (!proxy) throw kubeletUnreachable(`error dialing backend: dial tcp ${kubeletAddress(deps, nodeName)}: connect: connection refused`);
  if (!containerStatus(pod, container)?.state?.running) {
    throw new ExecStreamError(`unable to upgrade connection: container not found ("${container}")`);
  }
  try {
    return proxy.exec({ namespace, pod: name, container, command: opts.command, stdin: opts.stdin, tty: opts.tty }, cb);
  } catch (err) {
    if (isStatusError(err)) throw new ExecStreamError(err.status.message);
    throw err;
  }
}
