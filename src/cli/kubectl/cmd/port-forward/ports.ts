// Port arguments of `kubectl port-forward`: `[LOCAL:]REMOTE`, named ports resolved on the pod or
// through the Service's targetPort, and client-go's parsing errors. Mirrors kubectl
// pkg/cmd/portforward (translateServicePortToTargetPort, convertPodNamedPortToNumber) and
// client-go tools/portforward parsePorts.

import type { Pod, Service } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../../engine/index.ts';
import { KubectlError } from '../../command.ts';

export interface PortPair {
  /** 0: a free port picked when listening. */
  readonly local: number;
  readonly remote: number;
}

function splitPort(arg: string): [local: string, remote: string] {
  const parts = arg.split(':');
  return parts.length === 2 ? [parts[0]!, parts[1]!] : [parts[0]!, parts[0]!];
}

const isNumber = (s: string): boolean => /^[+-]?\d+$/.test(s);

function containerPortByName(pod: KubeObject, name: string): number {
  for (const c of (pod as unknown as Pod).spec?.containers ?? []) {
    for (const p of c.ports ?? []) if (p.name === name) return p.containerPort;
  }
  throw new KubectlError(`Pod '${pod.metadata.name ?? ''}' does not have a named port '${name}'`);
}

/** The pod-side port for a pod or workload argument. */
export function podPorts(args: readonly string[], pod: KubeObject): string[] {
  return args.map((arg) => {
    const [local, remote] = splitPort(arg);
    if (remote === '') throw new KubectlError('remote port cannot be empty');
    const number = isNumber(remote) ? remote : String(containerPortByName(pod, remote));
    return local !== remote ? `${local}:${number}` : number;
  });
}

/** The pod-side port for a Service argument: the service port's targetPort. */
export function servicePorts(args: readonly string[], svc: KubeObject, pod: KubeObject): string[] {
  const spec = (svc as unknown as Service).spec ?? {};
  return args.map((arg) => {
    let [local, remote] = splitPort(arg);
    let port = Number(remote);
    if (!isNumber(remote)) {
      const named = (spec.ports ?? []).find((p) => p.name === remote);
      if (!named) throw new KubectlError(`Service '${svc.metadata.name ?? ''}' does not have a named port '${remote}'`);
      port = named.port;
      if (local === remote) local = String(port);
    }
    const sp = (spec.ports ?? []).find((p) => p.port === port);
    if (!sp) throw new KubectlError(`Service ${svc.metadata.name ?? ''} does not have a service port ${port}`);
    const target = spec.clusterIP === 'None' ? port
      : sp.targetPort === undefined || sp.targetPort === 0 ? sp.port
        : typeof sp.targetPort === 'number' ? sp.targetPort : containerPortByName(pod, sp.targetPort);
    remote = String(target);
    return local !== remote ? `${local}:${remote}` : remote;
  });
}

/** client-go's parsePorts over the translated arguments. */
export function parsePorts(args: readonly string[]): PortPair[] {
  return args.map((arg) => {
    const [local, remote] = splitPort(arg);
    const localNum = local === '' ? 0 : parseUint16(local, 'local');
    const remoteNum = parseUint16(remote, 'remote');
    if (remoteNum === 0) throw new KubectlError('remote port must be > 0');
    return { local: localNum, remote: remoteNum };
  });
}

function parseUint16(text: string, which: 'local' | 'remote'): number {
  if (!/^\d+$/.test(text)) throw new KubectlError(`Error parsing ${which} port '${text}': strconv.ParseUint: parsing ${JSON.stringify(text)}: invalid syntax`);
  const n = Number(text);
  if (n > 65535) throw new KubectlError(`Error parsing ${which} port '${text}': strconv.ParseUint: parsing ${JSON.stringify(text)}: value out of range`);
  return n;
}
