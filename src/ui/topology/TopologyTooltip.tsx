// What the pointer is over, in a few lines: a pod's status, readiness, restarts, node and owners; a
// node's status, roles and taints; a Service's endpoints; a card's details. Text only.

import type { ViewObject } from '../../worker/host/api.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import type { PointerSpot } from './canvas-renderer.ts';
import type { Hit } from './hit-test.ts';
import { tt, type TopologyMessage } from './messages.ts';
import { ownerChain } from './owners.ts';

type Line = readonly [TopologyMessage | null, string];

function nodeOf(objects: ReadonlyMap<string, ViewObject>, name: string): ViewObject | undefined {
  for (const o of objects.values()) if (o.kind === 'Node' && o.name === name) return o;
  return undefined;
}

function linesOf(objects: ReadonlyMap<string, ViewObject>, o: ViewObject): Line[] {
  switch (o.kind) {
    case 'Pod': {
      const owners = ownerChain(objects, o).map((w) => `${w.kind}/${w.name}`);
      return [
        [null, `${o.namespace}/${o.name}`], ['status', o.status], ['ready', `${o.readyContainers}/${o.totalContainers}`],
        ['restarts', String(o.restarts)], ['node', o.node ?? '<none>'], ...(owners.length > 0 ? [['ownedBy', owners.join(' ← ')] as Line] : []),
      ];
    }
    case 'Node':
      return [[null, o.name], ['status', o.status], ['roles', o.roles.join(',') || '<none>'], ...(o.taints.length > 0 ? [['taints', o.taints.join(', ')] as Line] : [])];
    case 'Service':
      return [[null, `${o.namespace}/${o.name}`], [null, `${o.type} ${o.clusterIP} ${o.ports.join(',')}`], ['endpoints', String(o.endpoints.length)]];
    case 'Ingress':
      return [[null, `${o.namespace}/${o.name}`], [null, o.hosts.join(', ') || '*'], ['backends', o.services.join(', ')]];
    default:
      return [[null, `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`]];
  }
}

const OFFSET_PX = 14;

interface Props {
  readonly objects: ReadonlyMap<string, ViewObject>;
  readonly hit: Hit;
  readonly at: PointerSpot;
}

export function TopologyTooltip({ objects, hit, at }: Props) {
  const lang = useSandboxStore((s) => s.lang);
  const object = hit.kind === 'item' ? objects.get(hit.uid) : nodeOf(objects, hit.id);
  if (object === undefined) return null;
  return (
    <div className="topology-tooltip" role="tooltip" style={{
      left: at.x + (at.right ? -OFFSET_PX : OFFSET_PX), top: at.y + (at.bottom ? -OFFSET_PX : OFFSET_PX),
      transform: `translate(${at.right ? '-100%' : '0'}, ${at.bottom ? '-100%' : '0'})`,
    }}>
      {linesOf(objects, object).map(([label, value], i) => (
        <div key={i} className={label === null && i === 0 ? 'topology-tooltip-title' : undefined}>
          {label !== null && <span className="topology-tooltip-label">{tt(lang, label)}: </span>}
          {value}
        </div>
      ))}
    </div>
  );
}
