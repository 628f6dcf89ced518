// The Service `kubectl expose` generates (expose.go createService): one port per exposed port —
// named port-N when there are several, with the protocol of the exposed port unless --protocol —
// all aimed at --target-port (or their own number), plus the optional type, IPs and affinity.

import type { KubeObject } from '../../../../engine/index.ts';
import { KubectlError } from '../../command.ts';
import { parseLabels, parsePort } from '../run/pod.ts';

export const ERR_NO_SELECTOR = 'selector must be specified';
export const ERR_SESSION_AFFINITY = (value: string): string => `unknown session affinity: ${value}`;

const SESSION_AFFINITIES = ['None', 'ClientIP'];

export interface ServiceParams {
  readonly name: string;
  /** `k=v,k=v` */
  readonly selector: string;
  readonly labels: string;
  /** One port, or several joined by `,`. */
  readonly ports: string;
  readonly protocol: string;
  /** The exposed object's protocols by port number. */
  readonly protocols: ReadonlyMap<string, readonly string[]>;
  readonly targetPort: string;
  readonly externalIP: string;
  readonly type: string;
  readonly loadBalancerIP: string;
  readonly sessionAffinity: string;
  readonly clusterIP: string;
}

interface ServicePort {
  name?: string;
  port: number;
  protocol: string;
  targetPort?: number | string;
}

function servicePorts(p: ServiceParams): ServicePort[] {
  const specs = p.ports === '' ? [] : p.ports.split(',');
  const ports: ServicePort[] = [];
  specs.forEach((spec, i) => {
    const port = parsePort(spec);
    const name = specs.length > 1 ? { name: `port-${i + 1}` } : {};
    const known = p.protocols.get(spec);
    if (p.protocol === '' && known && known.length > 1) {
      for (const protocol of known) ports.push({ name: `port-${i + 1}-${protocol.toLowerCase()}`, port, protocol });
      return;
    }
    ports.push({ ...name, port, protocol: p.protocol || (known?.length === 1 ? known[0]! : 'TCP') });
  });
  // intstr.Parse: a number stays a number, anything else names a container port.
  const target = p.targetPort === '' ? undefined : /^-?\d+$/.test(p.targetPort) ? Number(p.targetPort) : p.targetPort;
  for (const port of ports) port.targetPort = target ?? port.port;
  return ports;
}

export function buildExposedService(p: ServiceParams): KubeObject {
  if (p.selector === '') throw new KubectlError(ERR_NO_SELECTOR);
  const selector = parseLabels(p.selector);
  const labels = p.labels === '' ? undefined : parseLabels(p.labels);
  const ports = servicePorts(p);
  if (p.sessionAffinity !== '' && !SESSION_AFFINITIES.includes(p.sessionAffinity)) throw new KubectlError(ERR_SESSION_AFFINITY(p.sessionAffinity));
  const spec = {
    ...(p.clusterIP !== '' ? { clusterIP: p.clusterIP } : {}),
    ...(p.externalIP !== '' ? { externalIPs: [p.externalIP] } : {}),
    ...(p.type === 'LoadBalancer' && p.loadBalancerIP !== '' ? { loadBalancerIP: p.loadBalancerIP } : {}),
    ...(ports.length > 0 ? { ports } : {}),
    selector,
    ...(p.sessionAffinity !== '' ? { sessionAffinity: p.sessionAffinity } : {}),
    ...(p.type !== '' ? { type: p.type } : {}),
  };
  return {
    apiVersion: 'v1', kind: 'Service',
    metadata: { creationTimestamp: null as unknown as string, ...(labels ? { labels } : {}), name: p.name },
    spec, status: { loadBalancer: {} },
  };
}
