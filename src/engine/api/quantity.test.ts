import { describe, expect, it } from 'vitest';
import { canonicalQuantity, compareQuantities, formatQuantity, milliValue, parseQuantity, QUANTITY_FORMAT_ERROR, QUANTITY_SUFFIX_ERROR, roundUpToMilli } from './quantity.ts';

const rounded = (s: string | number): string => formatQuantity(roundUpToMilli(parseQuantity(s)));

describe('quantity canonical form', () => {
  it.each([
    ['0.5', '500m'], ['1000Mi', '1000Mi'], ['1024Mi', '1Gi'], ['1536Mi', '1536Mi'], ['1.5Gi', '1536Mi'],
    ['128974848', '128974848'], ['129e6', '129e6'], ['123Mi', '123Mi'], ['1000', '1k'], ['2000m', '2'],
    ['1.5', '1500m'], ['100m', '100m'], ['0', '0'], ['0Mi', '0'], ['1e3', '1e3'], ['512Ki', '512Ki'],
    ['0.5Ki', '512'], ['1G', '1G'], ['1.5k', '1500'], ['-0.5', '-500m'], [1, '1'], [0.25, '250m'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalQuantity(input)).toBe(expected);
  });

  it('rounds resource lists up to milli units', () => {
    expect(rounded('0.0001')).toBe('1m');
    expect(rounded('0.1Gi')).toBe('107374182400m');
    expect(rounded('1n')).toBe('1m');
  });
});

describe('quantity parsing errors', () => {
  it.each(['1Gb', 'abc', '', '1.2.3', '1 Gi'])('rejects %j with the format error', (input) => {
    expect(() => parseQuantity(input)).toThrow(QUANTITY_FORMAT_ERROR);
  });

  it.each(['1k2', '1mi', '1e'])('rejects %j with the suffix error', (input) => {
    expect(() => parseQuantity(input)).toThrow(QUANTITY_SUFFIX_ERROR);
  });
});

describe('quantity arithmetic', () => {
  it('compares across formats exactly', () => {
    expect(compareQuantities(parseQuantity('1Gi'), parseQuantity('1073741824'))).toBe(0);
    expect(compareQuantities(parseQuantity('500m'), parseQuantity('0.5'))).toBe(0);
    expect(compareQuantities(parseQuantity('1G'), parseQuantity('1Gi'))).toBe(-1);
  });

  it('reports milli values', () => {
    expect(milliValue(parseQuantity('250m'))).toBe(250);
    expect(milliValue(parseQuantity('2'))).toBe(2000);
    expect(milliValue(parseQuantity('1Ki'))).toBe(1024000);
  });
});
