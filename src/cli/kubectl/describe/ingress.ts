// `kubectl describe ingress` (describe.go describeIngressV1): address, class, default backend, TLS,
// the rules table with each backend's endpoints, then annotations and events.

import type { Ingress, IngressBackend } from 'kubernetes-types/networking/v1';
import type { Service } from 'kubernetes-types/core/v1';
import { isStatusError, resourceByName } from '../../../engine/index.ts';
import type { KubectlContext } from '../command.ts';
import { loadBalancerStatus } from '../printers/table/network.ts';
import { printAnnotationsMultiline, printLabelsMultiline } from './common.ts';
import { describeEvents, eventQueryFor, searchEvents } from './events.ts';
import { LEVEL_0, LEVEL_1, LEVEL_2, tabbedString } from './prefix-writer.ts';
import { endpointSlicesFor, formatEndpointSlices } from './service.ts';
import type { Describer } from './types.ts';

const SERVICES = resourceByName('', 'services')!;

function describeBackend(ctx: KubectlContext, namespace: string | undefined, backend: IngressBackend): string {
  if (backend.service) {
    const port = backend.service.port;
    const text = `${backend.service.name}:${port?.number ? port.number : port?.name ?? ''}`;
    let service: Service;
    try {
      service = ctx.client.server.get(SERVICES, namespace, backend.service.name) as unknown as Service;
    } catch (e) {
      if (isStatusError(e)) return `${text} (<error: ${e.message}>)`;
      throw e;
    }
    let portName = '';
    for (const sp of service.spec?.ports ?? []) {
      if ((port?.number && port.number === sp.port) || (port?.name && port.name === sp.name)) portName = sp.name ?? '';
    }
    return `${text} (${formatEndpointSlices(endpointSlicesFor(ctx, namespace, backend.service.name), portName)})`;
  }
  if (backend.resource) {
    const r = backend.resource;
    return `APIGroup: ${r.apiGroup ?? '<none>'}, Kind: ${r.kind}, Name: ${r.name}`;
  }
  return '';
}

export const describeIngress: Describer = ({ ctx, settings, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const ing = obj as unknown as Ingress;
  const events = settings.showEvents ? searchEvents(ctx, eventQueryFor(obj)) : undefined;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${name}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    w.write(LEVEL_0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, `Address:\t${loadBalancerStatus(ing.status?.loadBalancer?.ingress, true)}\n`);
    w.write(LEVEL_0, `Ingress Class:\t${ing.spec?.ingressClassName ?? '<none>'}\n`);
    const defaultBackend = ing.spec?.defaultBackend ? describeBackend(ctx, namespace, ing.spec.defaultBackend) : '<default>';
    w.write(LEVEL_0, `Default backend:\t${defaultBackend}\n`);
    if ((ing.spec?.tls ?? []).length > 0) {
      w.write(LEVEL_0, 'TLS:\n');
      for (const t of ing.spec!.tls!) {
        const hosts = (t.hosts ?? []).join(',');
        w.write(LEVEL_1, t.secretName ? `${t.secretName} terminates ${hosts}\n` : `SNI routes ${hosts}\n`);
      }
    }
    w.write(LEVEL_0, 'Rules:\n  Host\tPath\tBackends\n');
    w.write(LEVEL_1, '----\t----\t--------\n');
    let count = 0;
    for (const rule of ing.spec?.rules ?? []) {
      if (!rule.http) continue;
      count++;
      w.write(LEVEL_1, `${rule.host || '*'}\t\n`);
      for (const p of rule.http.paths) w.write(LEVEL_2, `\t${p.path ?? ''} \t${describeBackend(ctx, namespace, p.backend)}\n`);
    }
    if (count === 0) w.write(LEVEL_1, `*\t*\t${defaultBackend}\n`);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    if (events) describeEvents(w, events, ctx.nowMs());
  });
};
