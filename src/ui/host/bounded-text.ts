// Terminal output waiting for a screen (a hidden tab, a terminal not attached yet) is kept bounded.

/** Invariant: pending output per session never exceeds this; the oldest text is dropped first. */
export const MAX_PENDING_OUTPUT_CHARS = 1_000_000;

export function appendBounded(buffer: string, data: string, maxChars = MAX_PENDING_OUTPUT_CHARS): string {
  const joined = buffer + data;
  return joined.length <= maxChars ? joined : joined.slice(joined.length - maxChars);
}
