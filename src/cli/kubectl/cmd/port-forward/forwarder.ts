// A running `kubectl port-forward`: its listeners on the workstation (127.0.0.1 and [::1] for
// localhost), "Handling connection for N" per connection, and its end — Ctrl-C, or the pod gone
// ("lost connection to pod"). Binding errors are client-go's: a port in use, a privileged port,
// an address the workstation does not have.

import type { Pod } from 'kubernetes-types/core/v1';
import type { ForwardListener, KubeObject } from '../../../../engine/index.ts';
import type { Process } from '../../../shell/types.ts';
import { KubectlError, type KubectlContext } from '../../command.ts';
import type { PortPair } from './ports.ts';

const WORKSTATION_ADDRESSES = new Set(['127.0.0.1', '192.168.56.1', '0.0.0.0', '::1']);
const FIRST_UNPRIVILEGED_PORT = 1024;
const EPHEMERAL = [32768, 60999] as const;

interface Bind {
  readonly address: string;
  readonly shown: string;
  readonly tcp: 'tcp4' | 'tcp6';
}

function bindsFor(address: string): Bind[] {
  if (address === 'localhost') return [{ address: '127.0.0.1', shown: '127.0.0.1', tcp: 'tcp4' }, { address: '::1', shown: '[::1]', tcp: 'tcp6' }];
  const v6 = address.includes(':');
  return [{ address, shown: v6 ? `[${address}]` : address, tcp: v6 ? 'tcp6' : 'tcp4' }];
}

/** Listens on every address for every port; the Process runs until Ctrl-C or the pod is gone. */
export function startForwarding(ctx: KubectlContext, pod: KubeObject, pairs: readonly PortPair[], addresses: readonly string[]): Process {
  const phase = (pod as unknown as Pod).status?.phase ?? '';
  if (phase !== 'Running') throw new KubectlError(`unable to forward port because pod is not running. Current status=${phase}`);
  const forwards = ctx.cluster.network.forwards;
  const target = { namespace: pod.metadata.namespace ?? ctx.namespace, pod: pod.metadata.name ?? '', uid: pod.metadata.uid ?? '' };
  const listeners: ForwardListener[] = [];
  let exitCode: number | undefined;
  let lost = false;
  const stop = (): void => {
    for (const l of listeners) forwards.close(l);
  };
  const bound: PortPair[] = [];
  for (const pair of pairs) {
    const local = pair.local || EPHEMERAL[0] + ctx.cluster.rand.int(EPHEMERAL[1] - EPHEMERAL[0]);
    const failures: string[] = [];
    const lines: string[] = [];
    for (const bind of addresses.flatMap(bindsFor)) {
      const reason = !WORKSTATION_ADDRESSES.has(bind.address) ? 'cannot assign requested address'
        : local < FIRST_UNPRIVILEGED_PORT ? 'permission denied' : undefined;
      const listener: ForwardListener = {
        address: bind.address, port: local, target: { ...target, port: pair.remote },
        onConnection: (gone) => {
          if (gone) lost = true;
          else ctx.io.stdout.write(`Handling connection for ${local}\n`);
        },
      };
      if (reason === undefined && forwards.listen(listener)) {
        listeners.push(listener);
        lines.push(`Forwarding from ${bind.shown}:${local} -> ${pair.remote}\n`);
      } else {
        failures.push(`unable to create listener: Error listen ${bind.tcp} ${bind.shown}:${local}: bind: ${reason ?? 'address already in use'}`);
      }
    }
    if (lines.length > 0) {
      ctx.io.stdout.write(lines.join(''));
      bound.push(pair);
    } else {
      ctx.io.stderr.write(`Unable to listen on port ${local}: Listeners failed to create with the following errors: [${failures.join(' ')}]\n`);
    }
  }
  if (bound.length === 0) {
    stop();
    throw new KubectlError(`unable to listen on any of the requested ports: [${pairs.map((p) => `{${p.local} ${p.remote}}`).join(' ')}]`);
  }
  const podGone = (): boolean => {
    const now = ctx.cluster.network.podOf(target.namespace, target.pod);
    return lost || now?.metadata.uid !== target.uid || (now as unknown as Pod).status?.phase !== 'Running';
  };
  return {
    get done() {
      return exitCode !== undefined;
    },
    get exitCode() {
      return exitCode ?? 0;
    },
    wakeAtMs: () => undefined,
    poll() {
      if (exitCode !== undefined || !podGone()) return;
      stop();
      ctx.io.stderr.write('error: lost connection to pod\n');
      exitCode = 1;
    },
    cancel() {
      if (exitCode !== undefined) return;
      stop();
      exitCode = 0;
    },
  };
}
