// The feed's controls: a toggle per component, the namespace, a text search, "only the selected
// object", reads and Events, pause and clear.

import { useMemo } from 'react';
import type { Lang } from '../i18n.ts';
import { useLayoutStore } from '../store/layout-store.ts';
import { clearActivity, setActivityFilter, setFeedPaused, toggleActor, useActivityStore } from './activity-store.ts';
import { ACTOR_BADGES } from './entry-format.ts';
import { ACTORS, namespacesOf } from './filters.ts';
import { fill, ta } from './messages.ts';

export function ActivityToolbar({ lang }: { readonly lang: Lang }) {
  const filter = useActivityStore((s) => s.filter);
  const entries = useActivityStore((s) => s.entries);
  const pausedAtSeq = useActivityStore((s) => s.pausedAtSeq);
  const lastSeq = useActivityStore((s) => s.lastSeq);
  const selection = useLayoutStore((s) => s.selection);
  const namespaces = useMemo(() => namespacesOf(entries), [entries]);
  const waiting = pausedAtSeq === null ? 0 : Math.max(0, lastSeq - pausedAtSeq);
  const selected = selection === null ? ta(lang, 'noSelection') : `${selection.kind} ${selection.namespace ? `${selection.namespace}/` : ''}${selection.name}`;
  return (
    <div className="activity-toolbar" aria-label={ta(lang, 'filters')}>
      <div className="activity-actors" role="group" aria-label={ta(lang, 'components')}>
        {ACTORS.map((actor) => (
          <button key={actor} type="button" className={`activity-chip actor-${actor}`} data-testid={`activity-actor-${actor}`}
            aria-pressed={!filter.hiddenActors.includes(actor)} title={actor} onClick={() => toggleActor(actor)}>
            {ACTOR_BADGES[actor]}
          </button>
        ))}
      </div>
      <div className="activity-fields">
        <label>
          {ta(lang, 'namespace')}
          <select data-testid="activity-namespace" value={filter.namespace} onChange={(e) => setActivityFilter({ namespace: e.target.value })}>
            <option value="">{ta(lang, 'allNamespaces')}</option>
            {namespaces.map((ns) => <option key={ns} value={ns}>{ns}</option>)}
          </select>
        </label>
        <input type="search" className="activity-search" data-testid="activity-search" aria-label={ta(lang, 'search')}
          placeholder={ta(lang, 'searchPlaceholder')} value={filter.text} onChange={(e) => setActivityFilter({ text: e.target.value })} />
      </div>
      <div className="activity-fields">
        <label title={selected}>
          <input type="checkbox" data-testid="activity-only-selection" checked={filter.onlySelection}
            onChange={(e) => setActivityFilter({ onlySelection: e.target.checked })} />
          {ta(lang, 'onlySelection')}
        </label>
        <label>
          <input type="checkbox" data-testid="activity-reads" checked={filter.reads} onChange={(e) => setActivityFilter({ reads: e.target.checked })} />
          {ta(lang, 'reads')}
        </label>
        <label>
          <input type="checkbox" data-testid="activity-events" checked={filter.events} onChange={(e) => setActivityFilter({ events: e.target.checked })} />
          {ta(lang, 'events')}
        </label>
      </div>
      <div className="activity-fields">
        <button type="button" className="control" data-testid="activity-pause" aria-pressed={pausedAtSeq !== null}
          onClick={() => setFeedPaused(pausedAtSeq === null)}>
          {pausedAtSeq === null ? ta(lang, 'pause') : `${ta(lang, 'resume')}${waiting > 0 ? ` · ${fill(ta(lang, 'newEntries'), { n: waiting })}` : ''}`}
        </button>
        <button type="button" className="control" data-testid="activity-clear" onClick={clearActivity}>{ta(lang, 'clear')}</button>
      </div>
    </div>
  );
}
