import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FONT_SIZES } from '../store/prefs-store.ts';
import { canStepFontSize, isFontSize, stepFontSize } from './font-size.ts';

describe('font size steps', () => {
  it('moves to the neighbouring size', () => {
    expect(stepFontSize(14, 1)).toBe(16);
    expect(stepFontSize(14, -1)).toBe(12);
  });

  it('stays put at either end', () => {
    expect(stepFontSize(32, 1)).toBe(32);
    expect(stepFontSize(12, -1)).toBe(12);
    expect(canStepFontSize(32, 1)).toBe(false);
    expect(canStepFontSize(12, -1)).toBe(false);
    expect(canStepFontSize(12, 1)).toBe(true);
  });

  it('snaps a size between steps onto the list', () => {
    expect(stepFontSize(15, 1)).toBe(16);
    expect(stepFontSize(15, -1)).toBe(14);
  });

  it('always lands on a listed size, and up then down comes back', () => {
    fc.assert(fc.property(fc.constantFrom(...FONT_SIZES), fc.constantFrom(1 as const, -1 as const), (size, direction) => {
      const next = stepFontSize(size, direction);
      expect(isFontSize(next)).toBe(true);
      if (next !== size) expect(stepFontSize(next, direction === 1 ? -1 : 1)).toBe(size);
    }));
  });

  it('knows the listed sizes only', () => {
    expect(isFontSize(14)).toBe(true);
    expect(isFontSize(15)).toBe(false);
    expect(isFontSize('14')).toBe(false);
  });
});
