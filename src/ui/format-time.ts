// How the header shows the virtual clock: integer ms since the Unix epoch, in UTC.

/** `HH:MM:SS`, the time of day in UTC. */
export function formatClockTime(nowMs: number): string {
  return new Date(nowMs).toISOString().slice(11, 19);
}

/** `YYYY-MM-DD HH:MM:SS UTC`, for the tooltip. */
export function formatClockDateTime(nowMs: number): string {
  return `${new Date(nowMs).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
