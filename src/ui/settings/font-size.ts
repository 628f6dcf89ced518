// The font-size steps behind A− / A+, and projector mode's larger type: both move along FONT_SIZES.

import { FONT_SIZES } from '../store/prefs-store.ts';

/** Projector mode raises the text to at least this size, so the back row can read the terminal. */
export const PROJECTOR_MIN_FONT_SIZE = 20;

export function isFontSize(value: unknown): value is number {
  return (FONT_SIZES as readonly unknown[]).includes(value);
}

/** The next size up (`+1`) or down (`-1`) from `current`; stays put at either end. */
export function stepFontSize(current: number, direction: 1 | -1): number {
  const sizes: readonly number[] = FONT_SIZES;
  if (direction === 1) return sizes.find((size) => size > current) ?? Math.max(current, ...sizes);
  return [...sizes].reverse().find((size) => size < current) ?? Math.min(current, ...sizes);
}

export function canStepFontSize(current: number, direction: 1 | -1): boolean {
  return stepFontSize(current, direction) !== current;
}
