// The rewind bar under the header: the session from its first reachable moment to now, the inputs as
// ticks; dragging the handle back and letting go (or moving it with the arrows and pressing Enter)
// rewinds the sandbox to that moment.

import { useEffect, useState } from 'react';
import type { SandboxClient } from '../host/sandbox-client.ts';
import { formatClockTime } from '../format-time.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';
import { setTimeline, useTimeStore } from '../store/time-store.ts';
import { tt } from './messages.ts';
import { fractionOf, gapsOf, timelineScale } from './timeline-scale.ts';

export function TimelineBar({ client }: { readonly client: SandboxClient }) {
  const lang = useSandboxStore((s) => s.lang);
  const ready = useSandboxStore((s) => s.status === 'ready');
  const nowSeconds = useSandboxStore((s) => (s.clock ? Math.floor(s.clock.nowMs / 1000) : 0));
  const info = useTimeStore((s) => s.timeline);
  const [dragMs, setDragMs] = useState<number | null>(null);

  useEffect(() => {
    if (ready) void client.host.timeline().then(setTimeline);
  }, [client, ready]);

  if (info === null) return null;
  const nowMs = nowSeconds * 1000;
  const scale = timelineScale(info, nowMs);
  const shownMs = dragMs ?? nowMs;
  const commit = (): void => {
    if (dragMs === null) return;
    setDragMs(null);
    if (dragMs < nowMs) void client.host.rewind(dragMs);
  };
  return (
    <div className="timeline-bar" title={tt(lang, 'rewindHint')}>
      <span className="timeline-label">{tt(lang, 'timeline')}</span>
      <div className="timeline-track">
        {gapsOf(info, scale).map((gap) => (
          <span key={gap.from} className="timeline-gap" style={{ left: `${gap.from * 100}%`, width: `${(gap.to - gap.from) * 100}%` }} />
        ))}
        {info.marks.filter((m) => m.timeMs >= scale.startMs).map((mark, i) => (
          <span key={`${mark.timeMs}-${i}`} className="timeline-mark" style={{ left: `${fractionOf(scale, mark.timeMs) * 100}%` }}
            title={`${formatClockTime(mark.timeMs)} ${mark.label}`} />
        ))}
        <input type="range" className="timeline-range" data-testid="timeline" aria-label={tt(lang, 'rewindTo')}
          min={scale.startMs} max={scale.endMs} step={1000} value={Math.min(shownMs, scale.endMs)}
          aria-valuetext={formatClockTime(shownMs)}
          onChange={(e) => setDragMs(Number(e.target.value))}
          onPointerUp={commit} onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} onBlur={() => setDragMs(null)} />
      </div>
      <span className="timeline-time" data-testid="timeline-time">{dragMs === null ? tt(lang, 'now') : formatClockTime(dragMs)}</span>
    </div>
  );
}
