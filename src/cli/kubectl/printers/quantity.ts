// Resource quantities as kubectl's printers use them, over the engine's apimachinery-exact
// Quantity: lenient parsing of whatever a field holds, Value()/MilliValue(), canonical strings.

import { addQuantities, formatQuantity, milliValue, tryParseQuantity, type Quantity } from '../../../engine/index.ts';

export type { Quantity };
export { addQuantities, formatQuantity };

export const ZERO_QUANTITY: Quantity = tryParseQuantity('0')!;

/** Parses `500m`, `1.5Gi`, `2`, `1e3`; undefined when malformed or not a string/number. */
export function parseQuantity(text: unknown): Quantity | undefined {
  return tryParseQuantity(text);
}

/** The value rounded up to an integer (Quantity.Value), or in thousandths with scale 3 (MilliValue). */
export function quantityValue(q: Quantity, scale: 0 | 3 = 0): number {
  const milli = milliValue(q);
  return scale === 3 ? milli : Math.ceil(milli / 1000);
}

/** Parses and prints canonically; text that is not a quantity is returned unchanged. */
export function canonicalQuantity(text: unknown): string {
  const q = tryParseQuantity(text);
  return q ? formatQuantity(q) : typeof text === 'string' ? text : '';
}
