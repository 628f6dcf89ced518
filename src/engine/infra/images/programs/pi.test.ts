import { describe, expect, it } from 'vitest';
import { piDigits } from './pi.ts';

describe('π digits', () => {
  it('gives the first 50 significant digits', () => {
    expect(piDigits(50)).toBe('3.1415926535897932384626433832795028841971693993751');
  });

  it('rounds the last digit as bpi does', () => {
    expect(piDigits(1)).toBe('3');
    expect(piDigits(5)).toBe('3.1416');
    expect(piDigits(7)).toBe('3.141593');
  });

  it('gives 2000 significant digits, ending as π does', () => {
    const pi = piDigits(2000);
    expect(pi.replace('.', '')).toHaveLength(2000);
    expect(pi.startsWith('3.14159265358979323846')).toBe(true);
    // Digits 1991–2001 are 47802759009: the 2001st rounds the last one up (checked against Gauss–Legendre).
    expect(pi.slice(-10)).toBe('4780275901');
  });
});
