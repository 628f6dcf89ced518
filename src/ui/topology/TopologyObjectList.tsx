// The topology as a list, for screen readers and tests: every node, pod and card drawn, each a button
// that selects it as a click on the canvas does, with a polite summary of the counts. Rows are
// memoised, so a change re-renders only the rows it touches.

import { memo } from 'react';
import type { ViewObject } from '../../worker/host/api.ts';
import { select } from '../store/layout-store.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { fill, tt } from './messages.ts';
import type { Scene } from './scene.ts';

interface PodRowProps {
  readonly uid: string;
  readonly name: string;
  readonly namespace: string;
  readonly status: string;
  readonly node: string;
  readonly restarts: number;
}

const PodRow = memo(function PodRow({ uid, name, namespace, status, node, restarts }: PodRowProps) {
  return (
    <li>
      <button type="button" data-testid="topology-pod" data-uid={uid} data-name={name} data-namespace={namespace}
        data-status={status} data-node={node} data-restarts={restarts} onClick={() => select({ kind: 'Pod', namespace, name })}>
        {`Pod ${namespace}/${name} ${status}${node ? ` ${node}` : ''}${restarts > 0 ? ` ↻${restarts}` : ''}`}
      </button>
    </li>
  );
});

const CardRow = memo(function CardRow({ kind, namespace, name, detail }: { readonly kind: string; readonly namespace?: string; readonly name: string; readonly detail: string }) {
  const ref = namespace === undefined ? { kind, name } : { kind, namespace, name };
  return (
    <li>
      <button type="button" data-testid="topology-card" data-kind={kind} data-name={name} onClick={() => select(ref)}>
        {`${kind} ${namespace ? `${namespace}/` : ''}${name} ${detail}`}
      </button>
    </li>
  );
});

export function TopologyObjectList({ scene, objects }: { readonly scene: Scene; readonly objects: ReadonlyMap<string, ViewObject> }) {
  const lang = useSandboxStore((s) => s.lang);
  const nodes = scene.regions.filter((r) => r.status !== '');
  const services = scene.cards.filter((c) => c.kind === 'Service').length;
  return (
    <div className="topology-sr-only">
      <p aria-live="polite">{fill(tt(lang, 'summary'), { nodes: nodes.length, pods: scene.pods.length, services })}</p>
      <ul aria-label={tt(lang, 'objects')}>
        {nodes.map((r) => (
          <li key={r.id}>
            <button type="button" data-testid="topology-node" data-name={r.id} data-status={r.status} onClick={() => select({ kind: 'Node', name: r.id })}>
              {`Node ${r.id} ${r.status} ${r.roles}`}
            </button>
          </li>
        ))}
        {scene.cards.map((c) => <CardRow key={c.uid} kind={c.kind} name={c.name} detail={c.detail} {...(c.namespace ? { namespace: c.namespace } : {})} />)}
        {scene.pods.map((p) => {
          const pod = objects.get(p.uid);
          return pod?.kind === 'Pod' && (
            <PodRow key={p.uid} uid={p.uid} name={p.name} namespace={p.namespace} status={pod.status} node={pod.node ?? ''} restarts={pod.restarts} />
          );
        })}
      </ul>
    </div>
  );
}
