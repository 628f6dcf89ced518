// The inspector: the selected object's YAML, describe, events and logs, as kubectl prints them and
// kept fresh while shown; a container picker for pods with several; "why Pending?" for a pod that no
// node runs yet.

import { useState } from 'react';
import type { InspectView, ViewObject, ViewPod } from '../../worker/host/api.ts';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { select, useLayoutStore } from '../store/layout-store.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { useViewStore } from '../store/view-store.ts';
import { InspectorText } from './InspectorText.tsx';
import { ti } from './messages.ts';
import { WhyPanel } from './WhyPanel.tsx';
import './inspector.css';

const VIEWS: readonly InspectView[] = ['yaml', 'describe', 'events', 'logs'];

function findPod(objects: ReadonlyMap<string, ViewObject>, namespace: string | undefined, name: string): ViewPod | undefined {
  for (const o of objects.values()) if (o.kind === 'Pod' && o.namespace === namespace && o.name === name) return o;
  return undefined;
}

export function InspectorPane({ client }: { readonly client: SandboxClient }) {
  const lang = useSandboxStore((s) => s.lang);
  const selection = useLayoutStore((s) => s.selection);
  const active = useLayoutStore((s) => s.side === 'inspector');
  const [view, setView] = useState<InspectView>('describe');
  const [container, setContainer] = useState<string | null>(null);
  const pod = useViewStore((s) => (selection?.kind === 'Pod' ? findPod(s.objects, selection.namespace, selection.name) : undefined));
  if (selection === null) return <section className="inspector inspector-empty" aria-label={ti(lang, 'inspector')}>{ti(lang, 'nothingSelected')}</section>;
  const isPod = selection.kind === 'Pod';
  const shown: InspectView = !isPod && view === 'logs' ? 'describe' : view;
  const containers = pod?.containers ?? [];
  const chosen = container !== null && containers.includes(container) ? container : containers.at(-1);
  const pending = pod !== undefined && pod.node === undefined && !pod.deleting;
  return (
    <section className="inspector" aria-label={ti(lang, 'inspector')} data-testid="inspector">
      <header className="inspector-header">
        <span className="inspector-kind">{selection.kind}</span>
        <span className="inspector-name" data-testid="inspector-name">{selection.namespace ? `${selection.namespace}/` : ''}{selection.name}</span>
        <button type="button" className="control inspector-close" onClick={() => select(null)}>{ti(lang, 'close')}</button>
      </header>
      {pending && <WhyPanel client={client} namespace={pod.namespace} name={pod.name} active={active} />}
      <div className="inspector-tabs" role="tablist" aria-label={ti(lang, 'views')}>
        {VIEWS.filter((v) => isPod || v !== 'logs').map((v) => (
          <button key={v} type="button" role="tab" className="view-tab" data-testid={`inspector-tab-${v}`} aria-selected={shown === v} onClick={() => setView(v)}>
            {ti(lang, v)}
          </button>
        ))}
        {shown === 'logs' && containers.length > 1 && (
          <label className="inspector-container">
            {ti(lang, 'container')}
            <select data-testid="inspector-container" value={chosen} onChange={(e) => setContainer(e.target.value)}>
              {containers.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </label>
        )}
      </div>
      <InspectorText
        client={client} active={active}
        request={{ ...selection, view: shown, ...(shown === 'logs' && chosen !== undefined ? { container: chosen } : {}) }}
      />
    </section>
  );
}
