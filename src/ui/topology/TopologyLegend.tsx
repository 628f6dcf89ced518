// The status colours and how many pods (of the namespace shown) have each.

import { useMemo } from 'react';
import type { ViewObject } from '../../worker/host/api.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { tt } from './messages.ts';
import { STATUS_CATEGORIES, STATUS_COLORS, statusCategory, type StatusCategory } from './status-colors.ts';

export function TopologyLegend({ objects, namespace }: { readonly objects: ReadonlyMap<string, ViewObject>; readonly namespace: string | null }) {
  const lang = useSandboxStore((s) => s.lang);
  const counts = useMemo(() => {
    const n = new Map<StatusCategory, number>();
    for (const o of objects.values()) {
      if (o.kind !== 'Pod' || (namespace !== null && o.namespace !== namespace)) continue;
      const c = statusCategory(o);
      n.set(c, (n.get(c) ?? 0) + 1);
    }
    return n;
  }, [objects, namespace]);
  return (
    <ul className="topology-legend" aria-label={tt(lang, 'legend')}>
      {STATUS_CATEGORIES.map((c) => (
        <li key={c} data-category={c} className={counts.has(c) ? undefined : 'topology-legend-empty'}>
          <span className="topology-swatch" style={{ background: STATUS_COLORS[c] }} />
          {tt(lang, c)}
          {counts.has(c) && <span className="topology-legend-count">{counts.get(c)}</span>}
        </li>
      ))}
    </ul>
  );
}
