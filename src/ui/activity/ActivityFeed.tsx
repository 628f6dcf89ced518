// The live feed: the filtered entries, newest at the bottom, following new ones unless the student
// scrolled up (or paused). Bounded: only the newest MAX_RENDERED_ROWS rows are in the page.

import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Lang } from '../i18n.ts';
import { useLayoutStore } from '../store/layout-store.ts';
import { useActivityStore } from './activity-store.ts';
import { ActivityRow } from './ActivityRow.tsx';
import { filterEntries } from './filters.ts';
import { fill, ta } from './messages.ts';

export const MAX_RENDERED_ROWS = 400;
/** Within this many pixels of the bottom, the feed keeps following. */
const STICK_PX = 24;

export function ActivityFeed({ lang, active }: { readonly lang: Lang; readonly active: boolean }) {
  const entries = useActivityStore((s) => s.entries);
  const filter = useActivityStore((s) => s.filter);
  const pausedAtSeq = useActivityStore((s) => s.pausedAtSeq);
  const selection = useLayoutStore((s) => s.selection);
  const shown = useMemo(() => {
    const upTo = pausedAtSeq === null ? entries : entries.filter((e) => e.seq <= pausedAtSeq);
    return filterEntries(upTo, filter, lang, selection);
  }, [entries, filter, lang, selection, pausedAtSeq]);
  const rows = shown.length > MAX_RENDERED_ROWS ? shown.slice(shown.length - MAX_RENDERED_ROWS) : shown;
  const list = useRef<HTMLOListElement>(null);
  const stick = useRef(true);

  useLayoutEffect(() => {
    const el = list.current;
    if (el !== null && stick.current && active) el.scrollTop = el.scrollHeight;
  }, [rows, active]);

  const onScroll = (): void => {
    const el = list.current;
    if (el !== null) stick.current = el.scrollHeight - el.scrollTop - el.clientHeight <= STICK_PX;
  };

  // Hidden behind the inspector: nothing to lay out; the rows come back (at the bottom) when shown.
  if (!active) return null;
  if (entries.length === 0) return <p className="activity-empty">{ta(lang, 'empty')}</p>;
  if (shown.length === 0) return <p className="activity-empty">{ta(lang, 'noMatch')}</p>;
  return (
    <ol className="activity-feed" ref={list} onScroll={onScroll} data-testid="activity-feed" aria-live="off">
      {shown.length > rows.length && <li className="activity-older">{fill(ta(lang, 'olderHidden'), { n: shown.length - rows.length })}</li>}
      {rows.map((entry) => <ActivityRow key={entry.seq} entry={entry} lang={lang} />)}
    </ol>
  );
}
