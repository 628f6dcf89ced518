// Policy describers (describe.go): NetworkPolicy (ingress/egress rules in words), PodDisruptionBudget
// and PriorityClass.

import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort } from 'kubernetes-types/networking/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';
import { parseTime } from '../../../engine/index.ts';
import { formatLabels, formatSelector } from '../printers/table/cells.ts';
import { printAnnotationsMultiline, printLabelsMultiline, writeNameNamespace } from './common.ts';
import { describeEvents, eventQueryFor, searchEvents } from './events.ts';
import { LEVEL_0, LEVEL_1, LEVEL_2, tabbedString, type PrefixWriter } from './prefix-writer.ts';
import type { Describer } from './types.ts';

const INDENT = '    ';

/** metav1.Time's String(): Go's time.Time format in UTC. */
function goTimeString(ts: unknown): string {
  const ms = parseTime(ts);
  if (ms === undefined) return '0001-01-01 00:00:00 +0000 UTC';
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} +0000 UTC`;
}

export const describeNetworkPolicy: Describer = ({ ctx, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const spec = (obj as unknown as NetworkPolicy).spec;
  return tabbedString((w) => {
    writeNameNamespace(w, obj);
    w.write(LEVEL_0, `Created on:\t${goTimeString(obj.metadata.creationTimestamp)}\n`);
    printLabelsMultiline(w, 'Labels', obj.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
    w.write(LEVEL_0, 'Spec:\n');
    w.write(LEVEL_1, 'PodSelector: ');
    const selector = spec?.podSelector ?? {};
    const empty = Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
    w.write(LEVEL_2, empty ? '<none> (Allowing the specific traffic to all pods in this namespace)\n' : `${formatSelector(selector)}\n`);
    const types = spec?.policyTypes ?? [];
    for (const [type, rules, peerTitle] of [['Ingress', spec?.ingress, 'From'], ['Egress', spec?.egress, 'To']] as const) {
      const direction = type.toLowerCase();
      if (!types.includes(type)) {
        w.write(LEVEL_1, `Not affecting ${direction} traffic\n`);
        continue;
      }
      w.write(LEVEL_1, `Allowing ${direction} traffic:\n`);
      const list = (rules ?? []).map((r) => ({ ports: r.ports, peers: 'from' in r ? r.from : (r as { to?: NetworkPolicyPeer[] }).to }));
      describeRules(w, list, peerTitle, direction);
    }
    w.write(LEVEL_1, `Policy Types: ${types.join(', ') || '<none>'}\n`);
  });
};

function describeRules(w: PrefixWriter, rules: ReadonlyArray<{ ports?: NetworkPolicyPort[]; peers?: NetworkPolicyPeer[] }>, title: 'From' | 'To', direction: string): void {
  if (rules.length === 0) {
    w.write(LEVEL_0, `${INDENT}<none> (Selected pods are isolated for ${direction} connectivity)\n`);
    return;
  }
  rules.forEach((rule, i) => {
    if ((rule.ports ?? []).length === 0) w.write(LEVEL_0, `${INDENT}To Port: <any> (traffic allowed to all ports)\n`);
    for (const p of rule.ports ?? []) {
      const proto = p.protocol ?? 'TCP';
      w.write(LEVEL_0, p.endPort === undefined ? `${INDENT}To Port: ${portText(p)}/${proto}\n` : `${INDENT}To Port Range: ${portText(p)}-${p.endPort}/${proto}\n`);
    }
    if ((rule.peers ?? []).length === 0) {
      w.write(LEVEL_0, `${INDENT}${title}: <any> (traffic not restricted by ${title === 'From' ? 'source' : 'destination'})\n`);
    }
    for (const peer of rule.peers ?? []) describePeer(w, peer, title);
    if (i !== rules.length - 1) w.write(LEVEL_0, `${INDENT}----------\n`);
  });
}

function describePeer(w: PrefixWriter, peer: NetworkPolicyPeer, title: string): void {
  w.write(LEVEL_0, `${INDENT}${title}:\n`);
  if (peer.namespaceSelector) w.write(LEVEL_1, `${INDENT}NamespaceSelector: ${formatSelector(peer.namespaceSelector)}\n`);
  if (peer.podSelector) w.write(LEVEL_1, `${INDENT}PodSelector: ${formatSelector(peer.podSelector)}\n`);
  if (!peer.podSelector && !peer.namespaceSelector && peer.ipBlock) {
    w.write(LEVEL_1, `${INDENT}IPBlock:\n`);
    w.write(LEVEL_2, `${INDENT}CIDR: ${peer.ipBlock.cidr}\n`);
    w.write(LEVEL_2, `${INDENT}Except: ${(peer.ipBlock.except ?? []).join(', ')}\n`);
  }
}

export const describePodDisruptionBudget: Describer = ({ ctx, settings, info, namespace, name }) => {
  const obj = ctx.client.server.get(info, namespace, name);
  const pdb = obj as unknown as PodDisruptionBudget;
  const events = settings.showEvents ? searchEvents(ctx, eventQueryFor(obj)) : undefined;
  return tabbedString((w) => {
    writeNameNamespace(w, obj);
    if (pdb.spec?.minAvailable !== undefined) w.write(LEVEL_0, `Min available:\t${String(pdb.spec.minAvailable)}\n`);
    else if (pdb.spec?.maxUnavailable !== undefined) w.write(LEVEL_0, `Max unavailable:\t${String(pdb.spec.maxUnavailable)}\n`);
    w.write(LEVEL_0, `Selector:\t${pdb.spec?.selector ? formatSelector(pdb.spec.selector) : '<unset>'}\n`);
    w.write(LEVEL_0, 'Status:\n');
    const st = pdb.status;
    w.write(LEVEL_2, `Allowed disruptions:\t${st?.disruptionsAllowed ?? 0}\n`);
    w.write(LEVEL_2, `Current:\t${st?.currentHealthy ?? 0}\n`);
    w.write(LEVEL_2, `Desired:\t${st?.desiredHealthy ?? 0}\n`);
    w.write(LEVEL_2, `Total:\t${st?.expectedPods ?? 0}\n`);
    if (events) describeEvents(w, events, ctx.nowMs());
  });
};

export const describePriorityClass: Describer = ({ ctx, settings, info, name }) => {
  const obj = ctx.client.server.get(info, undefined, name);
  const pc = obj as unknown as PriorityClass;
  const events = settings.showEvents ? searchEvents(ctx, eventQueryFor(obj)) : undefined;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${name}\n`);
    w.write(LEVEL_0, `Value:\t${pc.value}\n`);
    w.write(LEVEL_0, `GlobalDefault:\t${pc.globalDefault === true}\n`);
    w.write(LEVEL_0, `PreemptionPolicy:\t${pc.preemptionPolicy ?? ''}\n`);
    w.write(LEVEL_0, `Description:\t${pc.description ?? ''}\n`);
    w.write(LEVEL_0, `Annotations:\t${formatLabels(obj.metadata.annotations)}\n`);
    if (events) describeEvents(w, events, ctx.nowMs());
  });
};

/** %s of a *IntOrString: `<nil>` when unset. */
const portText = (p: NetworkPolicyPort): string => (p.port === undefined ? '<nil>' : String(p.port));
