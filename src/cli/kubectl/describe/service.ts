// `kubectl describe service` and `describe endpoints` (describe.go). In 1.31 a service's Endpoints
// line comes from its EndpointSlices: no slices → `<none>`, slices without endpoints → empty,
// not-ready endpoints included.

import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Endpoints, LoadBalancerIngress, Service } from 'kubernetes-types/core/v1';
import { resourceByName, type KubeObject } from '../../../engine/index.ts';
import type { KubectlContext } from '../command.ts';
import { formatLabels } from '../printers/table/cells.ts';
import { printAnnotationsMultiline, printLabelsMultiline, writeNameNamespace } from './common.ts';
import { describeEvents, eventQueryFor, searchEvents } from './events.ts';
import { LEVEL_0, LEVEL_1, LEVEL_2, tabbedString, type PrefixWriter } from './prefix-writer.ts';
import type { Describer } from './types.ts';

const ENDPOINT_SLICES = resourceByName('discovery.k8s.io', 'endpointslices')!;

/** The service's EndpointSlices (label kubernetes.io/service-name). */
export function endpointSlicesFor(ctx: KubectlContext, namespace: string | undefined, service: string): EndpointSlice[] {
  return ctx.client.server.list(ENDPOINT_SLICES, namespace, { labelSelector: `kubernetes.io/service-name=${service}` }).items as unknown as EndpointSlice[];
}

/** formatEndpointSlices: up to three `ip:port` for the named port, then ` + N more...`. */
export function formatEndpointSlices(slices: readonly EndpointSlice[], portName: string | undefined): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  for (const s of slices) {
    const ports = s.ports ?? [];
    const endpoints = s.endpoints ?? [];
    if (ports.length === 0) {
      for (const e of endpoints) {
        if (list.length < 3 && count < 3) list.push(e.addresses[0] ?? '');
        count++;
      }
      continue;
    }
    for (const p of ports) {
      if (portName !== undefined && (p.name ?? '') !== portName) continue;
      for (const e of endpoints) {
        const addr = e.addresses[0] ?? '';
        if (count < 3) list.push(addr.includes(':') ? `[${addr}]:${p.port ?? 0}` : `${addr}:${p.port ?? 0}`);
        count++;
      }
    }
  }
  return count > 3 ? `${list.join(',')} + ${count - 3} more...` : list.join(',');
}

function ingressString(ingress: readonly LoadBalancerIngress[]): string {
  return ingress.map((i) => (i.ip ? `${i.ip}${i.ipMode ? ` (${i.ipMode})` : ''}` : i.hostname ?? '')).join(', ');
}

export const describeService: Describer = ({ ctx, settings, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const slices = endpointSlicesFor(ctx, namespace, name);
  const events = settings.showEvents ? searchEvents(ctx, eventQueryFor(obj)) : undefined;
  return tabbedString((w) => {
    describeServiceBody(w, obj, slices);
    if (events) describeEvents(w, events, ctx.nowMs());
  });
};

function describeServiceBody(w: PrefixWriter, obj: KubeObject, slices: readonly EndpointSlice[]): void {
  const svc = obj as unknown as Service;
  const spec = svc.spec ?? {};
  writeNameNamespace(w, obj);
  printLabelsMultiline(w, 'Labels', obj.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  w.write(LEVEL_0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(LEVEL_0, `Type:\t${spec.type ?? ''}\n`);
  if (spec.ipFamilyPolicy) w.write(LEVEL_0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(LEVEL_0, `IP Families:\t${(spec.ipFamilies ?? []).join(',') || '<none>'}\n`);
  w.write(LEVEL_0, `IP:\t${spec.clusterIP ?? ''}\n`);
  w.write(LEVEL_0, `IPs:\t${(spec.clusterIPs ?? []).join(',') || '<none>'}\n`);
  if ((spec.externalIPs ?? []).length > 0) w.write(LEVEL_0, `External IPs:\t${spec.externalIPs!.join(',')}\n`);
  if (spec.loadBalancerIP) w.write(LEVEL_0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
  if (spec.externalName) w.write(LEVEL_0, `External Name:\t${spec.externalName}\n`);
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length > 0) w.write(LEVEL_0, `LoadBalancer Ingress:\t${ingressString(ingress)}\n`);
  for (const p of spec.ports ?? []) {
    const portName = p.name || '<unset>';
    w.write(LEVEL_0, `Port:\t${portName}\t${p.port}/${p.protocol ?? ''}\n`);
    w.write(LEVEL_0, `TargetPort:\t${String(p.targetPort ?? p.port)}/${p.protocol ?? ''}\n`);
    if (p.nodePort) w.write(LEVEL_0, `NodePort:\t${portName}\t${p.nodePort}/${p.protocol ?? ''}\n`);
    w.write(LEVEL_0, `Endpoints:\t${formatEndpointSlices(slices, p.name ?? '')}\n`);
  }
  w.write(LEVEL_0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`);
  if (spec.externalTrafficPolicy) w.write(LEVEL_0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(LEVEL_0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (spec.healthCheckNodePort) w.write(LEVEL_0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
  if ((spec.loadBalancerSourceRanges ?? []).length > 0) w.write(LEVEL_0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges!.join(',')}\n`);
}

export const describeEndpoints: Describer = ({ ctx, settings, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const events = settings.showEvents ? searchEvents(ctx, eventQueryFor(obj)) : undefined;
  const ep = obj as unknown as Endpoints;
  return tabbedString((w) => {
    writeNameNamespace(w, obj);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    w.write(LEVEL_0, 'Subsets:\n');
    for (const subset of ep.subsets ?? []) {
      w.write(LEVEL_1, `Addresses:\t${(subset.addresses ?? []).map((a) => a.ip).join(',') || '<none>'}\n`);
      w.write(LEVEL_1, `NotReadyAddresses:\t${(subset.notReadyAddresses ?? []).map((a) => a.ip).join(',') || '<none>'}\n`);
      if ((subset.ports ?? []).length > 0) {
        w.write(LEVEL_1, 'Ports:\n');
        w.write(LEVEL_2, 'Name\tPort\tProtocol\n');
        w.write(LEVEL_2, '----\t----\t--------\n');
        for (const p of subset.ports!) w.write(LEVEL_2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol ?? ''}\n`);
      }
      w.write(LEVEL_0, '\n');
    }
    if (events) describeEvents(w, events, ctx.nowMs());
  });
};
