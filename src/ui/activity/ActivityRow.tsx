// One line of the feed: the virtual time, the component's badge, and the narration, whose object
// name selects the object (the inspector shows it).

import { memo } from 'react';
import type { ActivityEntry } from '../../worker/host/api.ts';
import type { Lang } from '../i18n.ts';
import { select } from '../store/layout-store.ts';
import { ACTOR_BADGES, entryDetails, formatEntryTime } from './entry-format.ts';
import { fill, ta } from './messages.ts';
import { narrate } from './narration.ts';

/** Entries never change once recorded, so a row renders once per entry and language. */
export const ActivityRow = memo(function ActivityRow({ entry, lang }: { readonly entry: ActivityEntry; readonly lang: Lang }) {
  return (
    <li className={`activity-row actor-${entry.actor}`} data-actor={entry.actor} data-action={entry.action} title={entryDetails(entry)}>
      <time className="activity-time">{formatEntryTime(entry.timeMs)}</time>
      <span className="activity-badge">{ACTOR_BADGES[entry.actor]}</span>
      <span className="activity-text">
        {narrate(entry, lang).map((segment, i) => ('object' in segment
          ? (
            <button key={i} type="button" className="activity-object" title={fill(ta(lang, 'showObject'), { name: segment.text })}
              onClick={() => select(segment.object)}>
              {segment.text}
            </button>
          )
          : <span key={i}>{segment.text}</span>))}
      </span>
    </li>
  );
});
