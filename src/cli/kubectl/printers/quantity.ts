// Resource quantities as apimachinery's resource.Quantity parses, adds and prints them
// (canonical form: `1500m`, `1Gi`, `1000Mi`, `500M`, `0`). Values are exact: mantissa × 10^scale.

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface Quantity {
  readonly mantissa: bigint;
  readonly scale: number;
  readonly format: QuantityFormat;
}

const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Readonly<Record<string, number>> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(.*)$/;

export const ZERO_QUANTITY: Quantity = { mantissa: 0n, scale: 0, format: 'DecimalSI' };

/** Parses `500m`, `1.5Gi`, `2`, `1e3`; undefined when malformed. */
export function parseQuantity(text: unknown): Quantity | undefined {
  if (typeof text === 'number') return parseQuantity(String(text));
  if (typeof text !== 'string') return undefined;
  const m = QUANTITY.exec(text.trim());
  if (!m) return undefined;
  const [whole, frac = ''] = m[1]!.replace(/^\+/, '').split('.') as [string, string?];
  let mantissa = BigInt(`${whole === '' || whole === '-' ? `${whole}0` : whole}${frac}`);
  let scale = -frac.length;
  const suffix = m[2]!;
  if (suffix in BINARY_SUFFIXES) {
    mantissa *= 1024n ** BigInt(BINARY_SUFFIXES[suffix]!);
    return normalize({ mantissa, scale, format: 'BinarySI' });
  }
  if (suffix in DECIMAL_SUFFIXES) return normalize({ mantissa, scale: scale + DECIMAL_SUFFIXES[suffix]!, format: 'DecimalSI' });
  const exp = /^[eE]([+-]?\d+)$/.exec(suffix);
  if (!exp) return undefined;
  scale += Number(exp[1]);
  return normalize({ mantissa, scale, format: 'DecimalExponent' });
}

function normalize(q: Quantity): Quantity {
  let { mantissa, scale } = q;
  if (mantissa === 0n) return { ...q, mantissa: 0n, scale: 0 };
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    scale++;
  }
  return { ...q, mantissa, scale };
}

export function addQuantities(a: Quantity, b: Quantity): Quantity {
  const scale = Math.min(a.scale, b.scale);
  const mantissa = a.mantissa * 10n ** BigInt(a.scale - scale) + b.mantissa * 10n ** BigInt(b.scale - scale);
  return normalize({ mantissa, scale, format: a.mantissa === 0n ? b.format : a.format });
}

/** The value rounded up to an integer (Quantity.Value), or in thousandths (MilliValue). */
export function quantityValue(q: Quantity, scale = 0): number {
  const shift = q.scale + scale;
  if (shift >= 0) return Number(q.mantissa * 10n ** BigInt(shift));
  const div = 10n ** BigInt(-shift);
  const quotient = q.mantissa / div;
  return Number(q.mantissa % div > 0n ? quotient + 1n : quotient);
}

/** Quantity.String(): the canonical form. */
export function formatQuantity(q: Quantity): string {
  if (q.mantissa === 0n) return '0';
  if (q.format === 'BinarySI' && q.scale >= 0) {
    const value = q.mantissa * 10n ** BigInt(q.scale);
    if (value <= -1024n || value >= 1024n) return formatBinary(value);
  }
  let amount = q.mantissa;
  let exponent = q.scale;
  const rem = ((exponent % 3) + 3) % 3;
  amount *= 10n ** BigInt(rem);
  exponent -= rem;
  return `${amount}${decimalSuffix(exponent, q.format)}`;
}

function formatBinary(value: bigint): string {
  let amount = value;
  let power = 0;
  while (power < 6 && amount % 1024n === 0n) {
    amount /= 1024n;
    power++;
  }
  return `${amount}${power === 0 ? '' : ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'][power - 1]!}`;
}

function decimalSuffix(exponent: number, format: QuantityFormat): string {
  if (format !== 'DecimalExponent') {
    const suffix = Object.entries(DECIMAL_SUFFIXES).find(([, e]) => e === exponent)?.[0];
    if (suffix !== undefined) return suffix;
  }
  return exponent === 0 ? '' : `e${exponent}`;
}

/** Parses and prints canonically; text that is not a quantity is returned unchanged. */
export function canonicalQuantity(text: unknown): string {
  const q = parseQuantity(text);
  return q ? formatQuantity(q) : typeof text === 'string' ? text : '';
}
