// The sequence view: one object's story as a sequence diagram in SVG — a lifeline per component,
// an arrow per recorded step, dashed for watch notifications — with the object picked from those
// kubectl wrote (or the selection).

import { useMemo } from 'react';
import type { Lang } from '../i18n.ts';
import { useLayoutStore, type ObjectRef } from '../store/layout-store.ts';
import { chooseSequenceRoot, useActivityStore } from './activity-store.ts';
import { refKey, storyRoots } from './family.ts';
import { fill, ta } from './messages.ts';
import { storyOf, type Arrow, type Lane } from './sequence.ts';

const MAX_ROOTS = 30;
const GUTTER = 64;
const LANE_W = 100;
const HEADER = 34;
const ROW = 26;

const keyOfRef = (r: ObjectRef): string => refKey(r.kind, r.namespace, r.name);
const labelOfRef = (r: ObjectRef): string => `${r.kind} ${r.namespace ? `${r.namespace}/` : ''}${r.name}`;

function laneName(lane: Lane, lang: Lang): string {
  return lane === 'runtime' || lane === 'kube-apiserver' || lane === 'kube-scheduler' || lane === 'kube-controller-manager' ? ta(lang, lane) : lane;
}

function ArrowRow({ arrow, index, x, t0 }: { readonly arrow: Arrow; readonly index: number; readonly x: (lane: Lane) => number; readonly t0: number }) {
  const y = HEADER + index * ROW + 16;
  const x1 = x(arrow.from);
  const x2 = x(arrow.to);
  const self = arrow.from === arrow.to;
  return (
    <g className={`sequence-arrow actor-${arrow.actor}`} data-testid="sequence-arrow" data-from={arrow.from} data-to={arrow.to}>
      <text className="sequence-time" x={4} y={y + 3}>{`+${((arrow.timeMs - t0) / 1000).toFixed(3)} s`}</text>
      {self
        ? <path d={`M ${x1} ${y - 6} h 18 v 10 h -16`} fill="none" markerEnd="url(#activity-arrowhead)" />
        : <line x1={x1} y1={y} x2={x2 + (x2 > x1 ? -3 : 3)} y2={y} strokeDasharray={arrow.dashed ? '5 4' : undefined} markerEnd="url(#activity-arrowhead)" />}
      <text className="sequence-label" x={self ? x1 + 22 : (x1 + x2) / 2} y={self ? y + 2 : y - 4} textAnchor={self ? 'start' : 'middle'}>{arrow.label}</text>
    </g>
  );
}

export function SequenceView({ lang }: { readonly lang: Lang }) {
  const entries = useActivityStore((s) => s.entries);
  const chosen = useActivityStore((s) => s.sequenceRoot);
  const selection = useLayoutStore((s) => s.selection);
  const roots = useMemo(() => storyRoots(entries, MAX_ROOTS), [entries]);
  const options = selection !== null && !roots.some((r) => keyOfRef(r) === keyOfRef(selection)) ? [selection, ...roots] : roots;
  const root = chosen ?? roots[0] ?? null;
  const story = useMemo(() => (root === null ? undefined : storyOf(entries, root, lang)), [entries, root, lang]);
  const picker = (
    <label className="sequence-picker">
      {ta(lang, 'story')}
      <select data-testid="sequence-root" value={root === null ? '' : keyOfRef(root)}
        onChange={(e) => chooseSequenceRoot(options.find((r) => keyOfRef(r) === e.target.value) ?? null)}>
        {root !== null && !options.some((r) => keyOfRef(r) === keyOfRef(root)) && <option value={keyOfRef(root)}>{labelOfRef(root)}</option>}
        {options.map((r) => <option key={keyOfRef(r)} value={keyOfRef(r)}>{labelOfRef(r)}</option>)}
      </select>
    </label>
  );
  if (root === null || story === undefined) return <div className="activity-sequence"><p className="activity-empty">{ta(lang, 'chooseStory')}</p></div>;
  const width = GUTTER + story.lanes.length * LANE_W;
  const height = HEADER + story.arrows.length * ROW + 12;
  const x = (lane: Lane): number => GUTTER + story.lanes.indexOf(lane) * LANE_W + LANE_W / 2;
  const t0 = story.arrows[0]?.timeMs ?? 0;
  return (
    <div className="activity-sequence" data-testid="activity-sequence">
      {picker}
      <div className="sequence-scroll">
        <svg width={width} height={height} role="img" aria-label={fill(ta(lang, 'sequenceTitle'), { name: labelOfRef(root) })}>
          <defs>
            <marker id="activity-arrowhead" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L8,4 L0,8 z" className="sequence-head" />
            </marker>
          </defs>
          {story.lanes.map((lane) => (
            <g key={lane} className={`sequence-lane lane-${lane}`}>
              <text data-testid="sequence-lane" x={x(lane)} y={16} textAnchor="middle">{laneName(lane, lang)}</text>
              <line x1={x(lane)} y1={HEADER - 8} x2={x(lane)} y2={height} />
            </g>
          ))}
          {story.arrows.map((arrow, i) => <ArrowRow key={`${arrow.seq}-${i}`} arrow={arrow} index={i} x={x} t0={t0} />)}
        </svg>
      </div>
      {story.more > 0 && <p className="activity-older">{fill(ta(lang, 'moreSteps'), { n: story.more })}</p>}
    </div>
  );
}
