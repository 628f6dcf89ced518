// `kubectl port-forward`'s listeners on the student's workstation: a connection to one of its local
// addresses and ports goes straight into the pod's network namespace (no Service, no policy), and
// the forwarder hears of each connection ("Handling connection for 8080") or of a pod gone.

import type { NetFailure } from '../infra/net.ts';
import type { KubeObject } from '../api/types.ts';
import { isLive, type NetObjects } from './addresses.ts';

export interface ForwardTarget {
  readonly namespace: string;
  readonly pod: string;
  readonly uid: string;
  readonly port: number;
}

export interface ForwardListener {
  /** `127.0.0.1`, `::1`, `0.0.0.0` or a workstation address. */
  readonly address: string;
  readonly port: number;
  readonly target: ForwardTarget;
  /** A connection arrived; `lost` when the pod is gone, so the forwarder ends. */
  onConnection(lost: boolean): void;
}

export class PortForwards {
  private readonly listeners: ForwardListener[] = [];

  /** Binds a listener; false when the address and port are taken. */
  listen(l: ForwardListener): boolean {
    if (this.listeners.some((x) => x.port === l.port && (x.address === l.address || x.address === '0.0.0.0' || l.address === '0.0.0.0'))) return false;
    this.listeners.push(l);
    return true;
  }

  /** The listeners, in the order they were bound. */
  list(): readonly ForwardListener[] {
    return this.listeners;
  }

  close(l: ForwardListener): void {
    const i = this.listeners.indexOf(l);
    if (i >= 0) this.listeners.splice(i, 1);
  }

  /** Where a connection to `ip:port` on the workstation goes. */
  route(ip: string, port: number, objects: NetObjects): { kind: 'pod'; pod: KubeObject; port: number } | NetFailure {
    const l = this.listeners.find((x) => x.port === port && (x.address === ip || x.address === '0.0.0.0' || (x.address === 'localhost' && ip.startsWith('127.'))));
    if (!l) return { kind: 'refused' };
    const pod = objects.pod(l.target.namespace, l.target.pod);
    const alive = !!pod && pod.metadata.uid === l.target.uid && isLive(pod);
    l.onConnection(!alive);
    return alive ? { kind: 'pod', pod, port: l.target.port } : { kind: 'refused' };
  }
}
