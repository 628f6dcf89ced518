// The virtual clock's time of day, with the full date as a tooltip.

import { formatClockDateTime, formatClockTime } from '../format-time.ts';
import { t } from '../i18n.ts';
import { useSandboxStore } from '../store/sandbox-store.ts';

export function ClockDisplay() {
  // Whole seconds only: the clock moves every ~50 ms, the display once a second.
  const seconds = useSandboxStore((s) => (s.clock ? Math.floor(s.clock.nowMs / 1000) : undefined));
  const paused = useSandboxStore((s) => s.clock?.paused ?? false);
  const lang = useSandboxStore((s) => s.lang);
  if (seconds === undefined) return <span className="clock" aria-label={t(lang, 'virtualTime')}>--:--:--</span>;
  const nowMs = seconds * 1000;
  return (
    <span className="clock" data-testid="virtual-clock" aria-label={t(lang, 'virtualTime')} title={formatClockDateTime(nowMs)}>
      <time dateTime={new Date(nowMs).toISOString()}>{formatClockTime(nowMs)}</time>
      {paused && <span className="clock-paused"> ({t(lang, 'paused')})</span>}
    </span>
  );
}
