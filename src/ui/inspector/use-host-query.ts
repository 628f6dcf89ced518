// A host answer kept fresh while it is shown: asked when its key changes, then again (throttled by
// the refresher) whenever the cluster changes or a virtual second passes, which is what ages and
// logs need. Answers for an older key are never shown.

import { useEffect, useRef, useState } from 'react';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { browserRefreshTimers, Refresher } from './refresher.ts';

export function useHostQuery<T>(key: string | null, query: () => Promise<T>, active: boolean): T | undefined {
  const [answer, setAnswer] = useState<{ readonly key: string; readonly value: T } | null>(null);
  const latestQuery = useRef(query);
  const refresher = useRef<Refresher | null>(null);
  useEffect(() => {
    latestQuery.current = query;
  });
  useEffect(() => {
    if (key === null || !active) return;
    let current = true;
    const r = new Refresher(() => latestQuery.current().then((value) => {
      if (current) setAnswer({ key, value });
    }), browserRefreshTimers);
    refresher.current = r;
    r.request();
    return () => {
      current = false;
      r.dispose();
      if (refresher.current === r) refresher.current = null;
    };
  }, [key, active]);
  const revision = useSandboxStore((s) => s.revision);
  const second = useSandboxStore((s) => Math.floor((s.clock?.nowMs ?? 0) / 1_000));
  useEffect(() => refresher.current?.request(), [revision, second]);
  return answer !== null && answer.key === key ? answer.value : undefined;
}
