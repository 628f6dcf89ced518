// The klog lines the ingress-nginx controller writes once it runs: event echoes (event.go), ingress
// class decisions (store.go), reloads (controller.go), leader election and status updates.

import type { KubeObject } from '../../api/types.ts';
import { controllerKlog } from '../../infra/images/programs/ingress-nginx.ts';

const kobj = (o: KubeObject): string => (o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name!);

/** The recorder's echo of an event it records: `Event(v1.ObjectReference{…}): type: 'Normal' reason: 'Sync' Scheduled for sync`. */
export function eventLine(nowMs: number, o: KubeObject, reason: string, message: string): string {
  const ref = `Kind:"${o.kind}", Namespace:"${o.metadata.namespace ?? ''}", Name:"${o.metadata.name}", UID:"${o.metadata.uid ?? ''}", ` +
    `APIVersion:"${o.apiVersion}", ResourceVersion:"${o.metadata.resourceVersion ?? ''}", FieldPath:""`;
  return controllerKlog(nowMs, 'event.go:377', `Event(v1.ObjectReference{${ref}}): type: 'Normal' reason: '${reason}' ${message}`);
}

export const foundClassLine = (nowMs: number, ing: KubeObject, cls: string): string =>
  controllerKlog(nowMs, 'store.go:440', `"Found valid IngressClass" ingress="${kobj(ing)}" ingressclass="${cls}"`);

export const ignoringLine = (nowMs: number, ing: KubeObject, error: string): string =>
  controllerKlog(nowMs, 'store.go:436', `"Ignoring ingress because of error while validating ingress class" ingress="${kobj(ing)}" error="${error}"`);

export const creatingIngressLine = (nowMs: number, ing: KubeObject, cls: string): string =>
  controllerKlog(nowMs, 'store.go:486', `"creating ingress" ingress="${kobj(ing)}" ingressclass="${cls}"`);

export const removingIngressLine = (nowMs: number, ing: KubeObject): string =>
  controllerKlog(nowMs, 'store.go:489', `"removing ingress because of unknown ingressclass" ingress="${kobj(ing)}"`);

export const admissionLines = (nowMs: number, ing: KubeObject): string[] => [
  controllerKlog(nowMs - 9, 'admission.go:149', 'processed ingress via admission controller {testedIngressLength:1 testedIngressTime:0.033s renderingIngressLength:1 renderingIngressTime:0.001s admissionTime:0.034s testedConfigurationSize:18.1kB}'),
  controllerKlog(nowMs - 9, 'main.go:107', `"successfully validated configuration, accepting" ingress="${kobj(ing)}"`),
];

export const reloadLines = (nowMs: number): string[] => [
  controllerKlog(nowMs + 1, 'controller.go:193', '"Configuration changes detected, backend reload required"'),
  controllerKlog(nowMs + 26, 'controller.go:213', '"Backend successfully reloaded"'),
];

export const leaderLines = (nowMs: number, namespace: string, election: string, identity: string, acquired: boolean): string[] => [
  ...(acquired ? [controllerKlog(nowMs, 'leaderelection.go:268', `successfully acquired lease ${namespace}/${election}`)] : []),
  controllerKlog(nowMs + 1, 'status.go:85', `"New leader elected" identity="${identity}"`),
];

export const notReadyLine = (nowMs: number, pod: KubeObject, node: string): string =>
  controllerKlog(nowMs + 5, 'status.go:219', `"POD is not ready" pod="${kobj(pod)}" node="${node}"`);

export const initialSyncLine = (nowMs: number): string => controllerKlog(nowMs + 27, 'controller.go:224', '"Initial sync, sleeping for 1 second"');

export const updatingStatusLine = (nowMs: number, ing: KubeObject, current: unknown, next: unknown): string =>
  controllerKlog(nowMs, 'status.go:304', `"updating Ingress status" namespace="${ing.metadata.namespace}" ingress="${ing.metadata.name}" currentValue=${JSON.stringify(current ?? null)} newValue=${JSON.stringify(next)}`);

export const removingStatusLine = (nowMs: number, addresses: unknown): string =>
  controllerKlog(nowMs, 'status.go:135', `"removing value from ingress status" address=${JSON.stringify(addresses)}`);
