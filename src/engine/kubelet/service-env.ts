// Docker-links-style service variables the kubelet gives every container: for each Service of the
// pod's namespace (and `kubernetes` from default) with a cluster IP. Mirrors pkg/kubelet/envvars.

import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import type { ApiClient } from '../client/client.ts';

/** Ordered as the kubelet builds them; `masterOnly` keeps just the `kubernetes` service (enableServiceLinks: false). */
export function serviceEnv(client: ApiClient, namespace: string, masterOnly = false): Array<[string, string]> {
  const services = new Map<string, Service>();
  const master = client.get('/services', 'default', 'kubernetes') as Service | undefined;
  if (!masterOnly) for (const s of client.list('/services', namespace) as Service[]) services.set(s.metadata!.name!, s);
  if (master) services.set('kubernetes', master);
  const out: Array<[string, string]> = [];
  for (const name of [...services.keys()].sort()) {
    const svc = services.get(name)!;
    const ip = svc.spec?.clusterIP;
    if (!ip || ip === 'None' || svc.spec?.type === 'ExternalName') continue;
    out.push(...varsFor(name, ip, svc.spec?.ports ?? []));
  }
  return out;
}

function varsFor(name: string, ip: string, ports: readonly ServicePort[]): Array<[string, string]> {
  const prefix = name.toUpperCase().replace(/-/g, '_');
  const first = ports[0];
  if (!first) return [];
  const out: Array<[string, string]> = [[`${prefix}_SERVICE_HOST`, ip], [`${prefix}_SERVICE_PORT`, String(first.port)]];
  for (const p of ports) if (p.name) out.push([`${prefix}_SERVICE_PORT_${p.name.toUpperCase().replace(/-/g, '_')}`, String(p.port)]);
  const proto = (first.protocol ?? 'TCP').toLowerCase();
  out.push([`${prefix}_PORT`, `${proto}://${ip}:${first.port}`]);
  for (const p of ports) {
    const pp = (p.protocol ?? 'TCP');
    const base = `${prefix}_PORT_${p.port}_${pp}`;
    out.push([base, `${pp.toLowerCase()}://${ip}:${p.port}`], [`${base}_PROTO`, pp.toLowerCase()], [`${base}_PORT`, String(p.port)], [`${base}_ADDR`, ip]);
  }
  return out;
}
