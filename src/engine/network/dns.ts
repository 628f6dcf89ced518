// CoreDNS as kubeadm configures it (`kubernetes cluster.local in-addr.arpa ip6.arpa { pods insecure }`,
// ttl 30): Service A records (ClusterIP, or the ready endpoints of a headless Service), ExternalName
// CNAMEs, endpoint hostnames (StatefulSet pods), `a-b-c-d.<ns>.pod` names, SRV per named port, and
// PTR for Service and endpoint addresses. Names outside the zone go to the upstream resolver.

import type { KubeObject } from '../api/types.ts';
import type { DnsRecord, DnsResult, DnsType } from '../infra/net.ts';
import { SERVICE_NAME_LABEL, servicePorts } from './kube-proxy.ts';

export const CLUSTER_DOMAIN = 'cluster.local';
const TTL = 30;
const IP = /^\d+\.\d+\.\d+\.\d+$/;

export interface DnsView {
  /** The namespaces' names: `<ns>.svc.cluster.local` exists (with no records) only for those. */
  namespaces(): readonly string[];
  services(): readonly KubeObject[];
  slices(): readonly KubeObject[];
  /** When CoreDNS started serving (its SOA serial is the Unix time of its last reload). */
  readonly serial: number;
  /** What the upstream resolver says of a name outside the cluster's zones. */
  upstream(name: string, type: DnsType): DnsResult;
}

interface SliceEndpoint {
  readonly addresses: readonly string[];
  readonly conditions?: { readonly ready?: boolean };
  readonly hostname?: string;
}

export function soa(zone: string, serial: number): DnsRecord {
  return { name: zone, type: 'SOA', ttl: TTL, data: `ns.dns.${CLUSTER_DOMAIN}. hostmaster.${CLUSTER_DOMAIN}. ${serial} 7200 1800 86400 30` };
}

/** CoreDNS's answer to one question. */
export function corednsAnswer(view: DnsView, rawName: string, type: DnsType): DnsResult {
  const name = rawName.toLowerCase().replace(/\.$/, '');
  if (name.endsWith('.in-addr.arpa')) return reverse(view, name, type);
  if (name !== CLUSTER_DOMAIN && !name.endsWith(`.${CLUSTER_DOMAIN}`)) return view.upstream(name, type);
  const labels = name.slice(0, -(CLUSTER_DOMAIN.length + 1)).split('.');
  const records = lookup(view, labels, name);
  const nx = (): DnsResult => ({ kind: 'answer', rcode: 'NXDOMAIN', answers: [], authority: [soa(CLUSTER_DOMAIN, view.serial)] });
  if (records === undefined) return nx();
  const answers = records.filter((r) => r.type === type || (r.type === 'CNAME' && type !== 'CNAME' && type !== 'SRV') || (type === 'CNAME' && r.type === 'CNAME'));
  return { kind: 'answer', rcode: 'NOERROR', answers, ...(answers.length === 0 ? { authority: [soa(CLUSTER_DOMAIN, view.serial)] } : {}) };
}

/** The records the zone holds for `name` (its labels below cluster.local), or undefined when it has none. */
function lookup(view: DnsView, labels: readonly string[], name: string): DnsRecord[] | undefined {
  const a = (data: string): DnsRecord => ({ name, type: 'A', ttl: TTL, data });
  const [first, second, third, fourth, fifth] = labels;
  if (labels.length === 3 && third === 'pod' && /^\d+-\d+-\d+-\d+$/.test(first!)) return [a(first!.replaceAll('-', '.'))];
  if (labels.length === 3 && third === 'svc') {
    const svc = service(view, second!, first!);
    return svc ? serviceRecords(view, svc, name) : undefined;
  }
  if (labels.length === 4 && fourth === 'svc') {
    const svc = service(view, third!, second!);
    const ep = svc && endpointsOf(view, svc).find((e) => e.hostname === first || dashed(e.addresses[0] ?? '') === first);
    return ep ? ep.addresses.map(a) : undefined;
  }
  if (labels.length === 5 && fifth === 'svc' && first!.startsWith('_') && second!.startsWith('_')) {
    const svc = service(view, fourth!, third!);
    const port = svc && servicePorts(svc).find((p) => `_${p.name ?? ''}` === first && `_${(p.protocol ?? 'TCP').toLowerCase()}` === second);
    if (!svc || !port) return undefined;
    const zone = `${svc.metadata.name}.${svc.metadata.namespace}.svc.${CLUSTER_DOMAIN}`;
    if ((svc.spec as { clusterIP?: string }).clusterIP !== 'None') return [{ name, type: 'SRV', ttl: TTL, data: `0 100 ${port.port} ${zone}` }];
    // A headless Service: one record per endpoint, the weight shared out as CoreDNS does.
    const endpoints = endpointsOf(view, svc);
    const weight = endpoints.length > 0 ? Math.floor(100 / endpoints.length) : 100;
    return endpoints.map((e) => ({ name, type: 'SRV' as const, ttl: TTL, data: `0 ${weight} ${port.port} ${e.hostname ?? dashed(e.addresses[0] ?? '')}.${zone}` }));
  }
  if (name === CLUSTER_DOMAIN || (labels.length === 1 && (first === 'svc' || first === 'pod'))) return [];
  if (labels.length === 2 && (second === 'svc' || second === 'pod') && view.namespaces().includes(first!)) return [];
  return undefined;
}

function serviceRecords(view: DnsView, svc: KubeObject, name: string): DnsRecord[] {
  const spec = svc.spec as { type?: string; clusterIP?: string; externalName?: string };
  if (spec.type === 'ExternalName') return [{ name, type: 'CNAME', ttl: TTL, data: spec.externalName ?? '' }];
  const ips = spec.clusterIP && spec.clusterIP !== 'None' ? [spec.clusterIP] : endpointsOf(view, svc).flatMap((e) => e.addresses);
  return ips.map((ip) => ({ name, type: 'A', ttl: TTL, data: ip }));
}

function reverse(view: DnsView, name: string, type: DnsType): DnsResult {
  const ip = name.replace(/\.in-addr\.arpa$/, '').split('.').reverse().join('.');
  if (!IP.test(ip)) return view.upstream(name, type);
  for (const svc of view.services()) {
    const zone = `${svc.metadata.name}.${svc.metadata.namespace}.svc.${CLUSTER_DOMAIN}`;
    const spec = svc.spec as { clusterIPs?: string[] };
    if (spec.clusterIPs?.includes(ip)) return ptr(name, type, zone);
    const ep = endpointsOf(view, svc).find((e) => e.addresses.includes(ip));
    if (ep && (svc.spec as { clusterIP?: string }).clusterIP === 'None') return ptr(name, type, `${ep.hostname ?? dashed(ip)}.${zone}`);
  }
  return view.upstream(name, type);
}

function ptr(name: string, type: DnsType, target: string): DnsResult {
  return { kind: 'answer', rcode: 'NOERROR', answers: type === 'PTR' ? [{ name, type: 'PTR', ttl: TTL, data: target }] : [] };
}

function service(view: DnsView, namespace: string, name: string): KubeObject | undefined {
  return view.services().find((s) => s.metadata.namespace === namespace && s.metadata.name === name);
}

function endpointsOf(view: DnsView, svc: KubeObject): SliceEndpoint[] {
  const publish = (svc.spec as { publishNotReadyAddresses?: boolean }).publishNotReadyAddresses === true;
  return view.slices()
    .filter((s) => s.metadata.namespace === svc.metadata.namespace && s.metadata.labels?.[SERVICE_NAME_LABEL] === svc.metadata.name)
    .flatMap((s) => ((s as { endpoints?: SliceEndpoint[] | null }).endpoints ?? []))
    .filter((e) => publish || e.conditions?.ready !== false);
}

function dashed(ip: string): string {
  return ip.replaceAll('.', '-');
}
