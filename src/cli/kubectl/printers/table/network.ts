// Networking tables (printers.go): Service (TYPE, CLUSTER-IP, EXTERNAL-IP, PORT(S)), Endpoints,
// EndpointSlice, Ingress, IngressClass, NetworkPolicy.

import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Endpoints, LoadBalancerIngress, Service } from 'kubernetes-types/core/v1';
import type { Ingress, IngressClass, NetworkPolicy } from 'kubernetes-types/networking/v1';
import type { KubeObject } from '../../../../engine/index.ts';
import { compareStrings } from '../go-format.ts';
import { ageOf, as, formatLabels, formatSelector, listWithMore } from './cells.ts';
import { AGE_COLUMN, col, NAME_COLUMN, wide, type Cell, type TableHandler } from './types.ts';

const LOAD_BALANCER_WIDTH = 16;
const name = (obj: KubeObject): string => obj.metadata.name ?? '';

/** Load-balancer IPs/hostnames, sorted and de-duplicated; clipped to 16 chars unless wide. */
export function loadBalancerStatus(ingress: readonly LoadBalancerIngress[] | undefined, isWide: boolean): string {
  const set = new Set<string>();
  for (const i of ingress ?? []) {
    if (i.ip) set.add(i.ip);
    else if (i.hostname) set.add(i.hostname);
  }
  const r = [...set].sort(compareStrings).join(',');
  return !isWide && r.length > LOAD_BALANCER_WIDTH ? `${r.slice(0, LOAD_BALANCER_WIDTH - 3)}...` : r;
}

function externalIp(svc: Service, isWide: boolean): string {
  const externalIPs = svc.spec?.externalIPs ?? [];
  switch (svc.spec?.type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerStatus(svc.status?.loadBalancer?.ingress, isWide);
      if (externalIPs.length > 0) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return svc.spec.externalName ?? '';
    default:
      return '<unknown>';
  }
}

export function servicePorts(svc: Service): string {
  return (svc.spec?.ports ?? []).map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? ''}` : `${p.port}/${p.protocol ?? ''}`)).join(',');
}

export const SERVICE_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), AGE_COLUMN, wide('Selector')],
  row(obj, { nowMs, wide: isWide }) {
    const svc = as<Service>(obj);
    const cells: Cell[] = [name(obj), svc.spec?.type ?? '', svc.spec?.clusterIPs?.[0] ?? '<none>', externalIp(svc, isWide),
      servicePorts(svc) || '<none>', ageOf(obj, nowMs)];
    return isWide ? [...cells, formatLabels(svc.spec?.selector)] : cells;
  },
};

/** printers.go formatEndpoints: up to 3 `ip:port` of ready addresses. */
export function formatEndpoints(ep: Endpoints): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    if ((ss.ports ?? []).length === 0) {
      count += addresses.length;
      list.push(...addresses.map((a) => a.ip));
      continue;
    }
    for (const port of ss.ports!) {
      count += addresses.length;
      list.push(...addresses.map((a) => `${a.ip}:${port.port}`));
    }
  }
  return listWithMore(list, 3, count);
}

export const ENDPOINTS_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Endpoints'), AGE_COLUMN],
  row: (obj, { nowMs }) => [name(obj), formatEndpoints(as<Endpoints>(obj)), ageOf(obj, nowMs)],
};

export const ENDPOINT_SLICE_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('AddressType'), col('Ports'), col('Endpoints'), AGE_COLUMN],
  row(obj, { nowMs }) {
    const eps = as<EndpointSlice>(obj);
    const ports = (eps.ports ?? []).map((p) => (p.port !== undefined ? String(p.port) : p.name ?? '*'));
    const addresses = (eps.endpoints ?? []).flatMap((e) => e.addresses);
    return [name(obj), eps.addressType ?? '', listWithMore(ports, 3) || '<unset>', listWithMore(addresses, 3) || '<unset>', ageOf(obj, nowMs)];
  },
};

function ingressHosts(ing: Ingress): string {
  const rules = ing.spec?.rules ?? [];
  const hosts: string[] = [];
  let more = false;
  for (const rule of rules) {
    if (hosts.length === 3) more = true;
    if (!more && rule.host) hosts.push(rule.host);
  }
  if (hosts.length === 0) return '*';
  return more ? `${hosts.join(',')} + ${rules.length - 3} more...` : hosts.join(',');
}

export const INGRESS_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Class'), col('Hosts'), col('Address'), col('Ports'), AGE_COLUMN],
  row(obj, { nowMs, wide: isWide }) {
    const ing = as<Ingress>(obj);
    return [name(obj), ing.spec?.ingressClassName ?? '<none>', ingressHosts(ing),
      loadBalancerStatus(ing.status?.loadBalancer?.ingress, isWide), (ing.spec?.tls ?? []).length > 0 ? '80, 443' : '80', ageOf(obj, nowMs)];
  },
};

export const INGRESS_CLASS_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Controller'), col('Parameters'), AGE_COLUMN],
  row(obj, { nowMs }) {
    const ic = as<IngressClass>(obj);
    const p = ic.spec?.parameters;
    const parameters = p ? `${p.kind}${p.apiGroup !== undefined ? `.${p.apiGroup}` : ''}/${p.name}` : '<none>';
    return [name(obj), ic.spec?.controller ?? '', parameters, ageOf(obj, nowMs)];
  },
};

export const NETWORK_POLICY_TABLE: TableHandler = {
  columns: [NAME_COLUMN, col('Pod-Selector'), AGE_COLUMN],
  row: (obj, { nowMs }) => [name(obj), formatSelector(as<NetworkPolicy>(obj).spec?.podSelector ?? {}), ageOf(obj, nowMs)],
};
