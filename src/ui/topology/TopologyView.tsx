// The live topology: nodes as regions with their pods, Services and Ingresses with links to what
// they serve, storage bindings; a search, a namespace filter, a legend and, for screen readers and
// tests, the list of what is drawn. Clicking a node, pod or card selects it for the inspector.
// Loaded lazily by TopologyPane (d3 and the canvas code stay out of the first bundle).

import { useEffect, useMemo, useRef, useState } from 'react';
import { select, useLayoutStore } from '../store/layout-store.ts';
import { usePrefsStore } from '../store/prefs-store.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { useViewStore } from '../store/view-store.ts';
import { parseUrlOptions } from '../url-options.ts';
import type { PointerSpot } from './canvas-renderer.ts';
import type { Hit } from './hit-test.ts';
import { tt } from './messages.ts';
import { TopologyLegend } from './TopologyLegend.tsx';
import { refOfHit, searchMatches, selectedId, TopologyModel } from './topology-model.ts';
import { TopologyObjectList } from './TopologyObjectList.tsx';
import { TopologyToolbar } from './TopologyToolbar.tsx';
import { TopologyTooltip } from './TopologyTooltip.tsx';
import { useTopologyRenderer } from './use-topology-renderer.ts';
import './topology.css';

interface Hover {
  readonly hit: Hit;
  readonly at: PointerSpot;
}

export function TopologyView() {
  const lang = useSandboxStore((s) => s.lang);
  const objects = useViewStore((s) => s.objects);
  const loaded = useViewStore((s) => s.loaded || s.objects.size > 0);
  const fontSize = usePrefsStore((s) => s.fontSize);
  const selection = useLayoutStore((s) => s.selection);
  const [namespace, setNamespace] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [hover, setHover] = useState<Hover | null>(null);
  const seed = useMemo(() => parseUrlOptions(window.location.search).seed, []);
  const model = useMemo(() => new TopologyModel(), []);
  // The model keeps positions by UID, so computing a scene twice for the same input gives the same scene.
  const scene = useMemo(
    () => model.scene(objects, { namespace, fontSize, seed, unscheduledTitle: tt(lang, 'unscheduled') }),
    [model, objects, namespace, fontSize, seed, lang],
  );
  const matches = useMemo(() => searchMatches(scene, query), [scene, query]);
  const selected = useMemo(() => selectedId(objects, selection), [objects, selection]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const renderer = useTopologyRenderer(canvasRef, {
    onPick: (hit) => {
      const ref = hit && refOfHit(objects, hit);
      if (ref) select(ref);
    },
    onHover: (hit, at) => setHover(hit && { hit, at }),
  });

  useEffect(() => renderer?.setScene(scene, fontSize), [renderer, scene, fontSize]);
  useEffect(() => renderer?.setMarks({ focus: matches && new Set(matches), selected }), [renderer, matches, selected]);

  return (
    <section className="topology" aria-label={tt(lang, 'topology')}>
      <TopologyToolbar
        objects={objects} namespace={namespace} onNamespace={setNamespace} query={query} onQuery={setQuery}
        matches={matches} onCenter={() => matches?.[0] !== undefined && renderer?.centerOn(matches[0])} onFit={() => renderer?.fit()}
      />
      <div className="topology-stage">
        <canvas ref={canvasRef} className="topology-canvas" data-testid="topology-canvas" aria-hidden="true" />
        {!loaded && <p className="topology-loading">{tt(lang, 'loading')}</p>}
        {hover && <TopologyTooltip objects={objects} hit={hover.hit} at={hover.at} />}
        <TopologyLegend objects={objects} namespace={namespace} />
      </div>
      <TopologyObjectList scene={scene} objects={objects} />
    </section>
  );
}
