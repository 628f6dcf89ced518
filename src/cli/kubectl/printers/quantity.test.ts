import { describe, expect, it } from 'vitest';
import { addQuantities, canonicalQuantity, formatQuantity, parseQuantity, quantityValue, ZERO_QUANTITY } from './quantity.ts';

describe('resource quantities', () => {
  it('prints the canonical form', () => {
    expect(['1Gi', '1024Mi', '1000Mi', '500m', '1000m', '0.5', '1.5', '2', '128974848', '1e3', '1k', '0', '1.1Ki', '4015876Ki', '100M']
      .map(canonicalQuantity)).toEqual(['1Gi', '1Gi', '1000Mi', '500m', '1', '500m', '1500m', '2', '128974848', '1e3', '1k', '0', '1126400m', '4015876Ki', '100M']);
  });

  it('adds keeping the first non-zero format', () => {
    const sum = [parseQuantity('100m')!, parseQuantity('250m')!, parseQuantity('1')!].reduce(addQuantities, ZERO_QUANTITY);
    expect(formatQuantity(sum)).toBe('1350m');
    const mem = addQuantities(parseQuantity('64Mi')!, parseQuantity('64Mi')!);
    expect(quantityValue(mem)).toBe(134217728);
  });

  it('rounds values up like Value() and MilliValue()', () => {
    expect(quantityValue(parseQuantity('1500m')!)).toBe(2);
    expect(quantityValue(parseQuantity('1500m')!, 3)).toBe(1500);
    expect(quantityValue(parseQuantity('2')!, 3)).toBe(2000);
  });
});
