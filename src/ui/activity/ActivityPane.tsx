// The activity pane: the control plane's activity as a live, filterable feed narrated in the
// student's language, and as a sequence diagram of one object's story.

import { useEffect } from 'react';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { useLayoutStore } from '../store/layout-store.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { loadActivity, showActivityView, useActivityStore, type ActivityView } from './activity-store.ts';
import { ActivityFeed } from './ActivityFeed.tsx';
import { ActivityToolbar } from './ActivityToolbar.tsx';
import { ta } from './messages.ts';
import { SequenceView } from './SequenceView.tsx';
import './activity.css';

const VIEWS: readonly ActivityView[] = ['feed', 'sequence'];

export function ActivityPane({ client }: { readonly client: SandboxClient }) {
  const lang = useSandboxStore((s) => s.lang);
  const ready = useSandboxStore((s) => s.status === 'ready');
  const active = useLayoutStore((s) => s.side === 'activity');
  const view = useActivityStore((s) => s.view);

  // What was recorded before the events reached the page (the batcher drops a backlog's oldest).
  useEffect(() => {
    if (ready) void client.host.activitySince(-1).then(loadActivity, () => undefined);
  }, [client, ready]);

  return (
    <section className="activity" aria-label={ta(lang, 'activity')} data-testid="activity">
      <div className="activity-tabs" role="tablist" aria-label={ta(lang, 'views')}>
        {VIEWS.map((v) => (
          <button key={v} type="button" role="tab" className="view-tab" data-testid={`activity-view-${v}`} aria-selected={view === v}
            onClick={() => showActivityView(v)}>
            {ta(lang, v)}
          </button>
        ))}
      </div>
      {view === 'feed'
        ? (
          <>
            <ActivityToolbar lang={lang} />
            <ActivityFeed lang={lang} active={active} />
          </>
        )
        : <SequenceView lang={lang} />}
    </section>
  );
}
