// Above the topology: the search box (matches stay bright, Enter centres on the first), the
// namespace filter, and "fit" to see the whole cluster again.

import { useMemo } from 'react';
import type { ViewObject } from '../../worker/host/api.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { fill, tt } from './messages.ts';

interface Props {
  readonly objects: ReadonlyMap<string, ViewObject>;
  readonly namespace: string | null;
  onNamespace(namespace: string | null): void;
  readonly query: string;
  onQuery(query: string): void;
  readonly matches: readonly string[] | null;
  onCenter(): void;
  onFit(): void;
}

export function TopologyToolbar({ objects, namespace, onNamespace, query, onQuery, matches, onCenter, onFit }: Props) {
  const lang = useSandboxStore((s) => s.lang);
  const namespaces = useMemo(
    () => [...objects.values()].filter((o) => o.kind === 'Namespace').map((o) => o.name).sort(),
    [objects],
  );
  return (
    <div className="topology-toolbar" role="toolbar" aria-label={tt(lang, 'topology')}>
      <input
        type="search" className="topology-search" data-testid="topology-search" value={query}
        placeholder={tt(lang, 'searchPlaceholder')} aria-label={tt(lang, 'search')}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onCenter();
          if (e.key === 'Escape') onQuery('');
        }}
      />
      {matches !== null && (
        <span className="topology-matches" role="status" data-testid="topology-matches">
          {matches.length === 0 ? tt(lang, 'noMatch') : fill(tt(lang, 'matches'), { n: matches.length })}
        </span>
      )}
      <span className="topology-hint">{tt(lang, 'canvasHelp')}</span>
      <label className="topology-namespace">
        <span>{tt(lang, 'namespace')}</span>
        <select data-testid="topology-namespace" value={namespace ?? ''} onChange={(e) => onNamespace(e.target.value === '' ? null : e.target.value)}>
          <option value="">{tt(lang, 'allNamespaces')}</option>
          {namespaces.map((ns) => <option key={ns} value={ns}>{ns}</option>)}
        </select>
      </label>
      <button type="button" className="control" data-testid="topology-fit" title={tt(lang, 'fitTitle')} onClick={onFit}>
        {tt(lang, 'fit')}
      </button>
    </div>
  );
}
