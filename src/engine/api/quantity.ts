// Resource quantities (`500m`, `1Gi`, `0.5`, `129e6`): exact parsing, comparison and the canonical
// form the API server writes back. Mirrors apimachinery pkg/api/resource (quantity.go, suffix.go,
// amount.go): values are exact decimals (bigint coefficient × 10^exp), rounded up to nano on parse.

export const QuantityFormat = { DecimalSI: 'DecimalSI', BinarySI: 'BinarySI', DecimalExponent: 'DecimalExponent' } as const;
export type QuantityFormat = (typeof QuantityFormat)[keyof typeof QuantityFormat];

export interface Quantity {
  /** value = coef × 10^exp */
  readonly coef: bigint;
  readonly exp: number;
  readonly format: QuantityFormat;
}

export const QUANTITY_FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

export class QuantityError extends Error {
  override readonly name = 'QuantityError';
}

const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const NANO = -9;
const SUFFIX_CHARS = 'eEinumkKMGTP';

interface Parts {
  readonly negative: boolean;
  readonly whole: string;
  readonly fraction: string;
  readonly suffix: string;
}

/** parseQuantityString: sign, digits, optional fraction, suffix letters and an optional signed exponent. */
function splitQuantity(str: string): Parts {
  let pos = 0;
  let negative = false;
  if (str[0] === '-' || str[0] === '+') {
    negative = str[0] === '-';
    pos++;
  }
  const wholeStart = pos;
  while (pos < str.length && isDigit(str[pos]!)) pos++;
  const whole = str.slice(wholeStart, pos);
  let fraction = '';
  if (str[pos] === '.') {
    const start = ++pos;
    while (pos < str.length && isDigit(str[pos]!)) pos++;
    fraction = str.slice(start, pos);
  }
  const suffixStart = pos;
  while (pos < str.length && SUFFIX_CHARS.includes(str[pos]!)) pos++;
  if (str[pos] === '-' || str[pos] === '+') pos++;
  while (pos < str.length && isDigit(str[pos]!)) pos++;
  if (pos < str.length) throw new QuantityError(QUANTITY_FORMAT_ERROR);
  return { negative, whole, fraction, suffix: str.slice(suffixStart) };
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function interpretSuffix(suffix: string): { base: 2 | 10; exponent: number; format: QuantityFormat } {
  if (suffix in DECIMAL_SUFFIXES) return { base: 10, exponent: DECIMAL_SUFFIXES[suffix]!, format: QuantityFormat.DecimalSI };
  if (suffix in BINARY_SUFFIXES) return { base: 2, exponent: BINARY_SUFFIXES[suffix]!, format: QuantityFormat.BinarySI };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E') && /^[+-]?\d+$/.test(suffix.slice(1))) {
    return { base: 10, exponent: Number(suffix.slice(1)), format: QuantityFormat.DecimalExponent };
  }
  throw new QuantityError(QUANTITY_SUFFIX_ERROR);
}

/** ParseQuantity. Throws QuantityError with the upstream message on malformed input. */
export function parseQuantity(input: string | number): Quantity {
  const str = typeof input === 'number' ? String(input) : input;
  if (str === '') throw new QuantityError(QUANTITY_FORMAT_ERROR);
  if (str === '0') return { coef: 0n, exp: 0, format: QuantityFormat.DecimalSI };
  const parts = splitQuantity(str);
  const { base, exponent, format } = interpretSuffix(parts.suffix);
  let coef = BigInt((parts.whole + parts.fraction) || '0');
  let exp = -parts.fraction.length;
  if (base === 10) exp += exponent;
  else coef *= 2n ** BigInt(exponent);
  let q: Quantity = { coef, exp, format };
  if (coef !== 0n && exp < NANO) q = roundUp(q, NANO);
  if (parts.negative) q = { ...q, coef: -q.coef };
  if (q.format === QuantityFormat.BinarySI && compareQuantities(abs(q), ONE) < 0 && q.coef !== 0n) {
    q = { ...q, format: QuantityFormat.DecimalSI };
  }
  return q;
}

export function tryParseQuantity(input: unknown): Quantity | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  try {
    return parseQuantity(input);
  } catch (e) {
    if (e instanceof QuantityError) return undefined;
    throw e;
  }
}

const ONE: Quantity = { coef: 1n, exp: 0, format: QuantityFormat.DecimalSI };

function abs(q: Quantity): Quantity {
  return q.coef < 0n ? { ...q, coef: -q.coef } : q;
}

/** Rounds away from zero to 10^scale (inf.RoundUp), e.g. scale -3 for milli. */
function roundUp(q: Quantity, scale: number): Quantity {
  if (q.exp >= scale) return q;
  const divisor = 10n ** BigInt(scale - q.exp);
  const sign = q.coef < 0n ? -1n : 1n;
  const magnitude = q.coef * sign;
  const rounded = (magnitude + divisor - 1n) / divisor;
  return { coef: rounded * sign, exp: scale, format: q.format };
}

/** SetDefaults_ResourceList: every quantity in a resource list is rounded up to milli units. */
export function roundUpToMilli(q: Quantity): Quantity {
  return roundUp(q, -3);
}

export function compareQuantities(a: Quantity, b: Quantity): -1 | 0 | 1 {
  const exp = Math.min(a.exp, b.exp);
  const x = a.coef * 10n ** BigInt(a.exp - exp);
  const y = b.coef * 10n ** BigInt(b.exp - exp);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Quantity.Add: a zero quantity takes the format of what is added to it. */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
  const exp = Math.min(a.exp, b.exp);
  const coef = a.coef * 10n ** BigInt(a.exp - exp) + b.coef * 10n ** BigInt(b.exp - exp);
  return { coef, exp, format: a.coef === 0n ? b.format : a.format };
}

export function quantitySign(q: Quantity): -1 | 0 | 1 {
  return q.coef < 0n ? -1 : q.coef > 0n ? 1 : 0;
}

/** The value in milli units, rounded up (Quantity.MilliValue). */
export function milliValue(q: Quantity): number {
  const milli = roundUp(q, -3);
  return Number(milli.coef * 10n ** BigInt(milli.exp + 3));
}

/** The value as a float (for display and ratios, never for equality). */
export function quantityValue(q: Quantity): number {
  return Number(q.coef) * 10 ** q.exp;
}

/** Quantity.String(): the canonical form the API server serializes. */
export function formatQuantity(q: Quantity): string {
  if (q.coef === 0n) return '0';
  if (q.format === QuantityFormat.BinarySI) {
    const integer = integerValue(q);
    const inSmallRange = integer !== undefined && integer > -1024n && integer < 1024n;
    if (integer !== undefined && !inSmallRange) return formatBinary(integer);
    return formatDecimal(q, QuantityFormat.DecimalSI);
  }
  return formatDecimal(q, q.format);
}

export function canonicalQuantity(input: string | number): string {
  return formatQuantity(parseQuantity(input));
}

function integerValue(q: Quantity): bigint | undefined {
  if (q.exp >= 0) return q.coef * 10n ** BigInt(q.exp);
  const divisor = 10n ** BigInt(-q.exp);
  return q.coef % divisor === 0n ? q.coef / divisor : undefined;
}

function formatBinary(value: bigint): string {
  let amount = value;
  let exponent = 0;
  while (amount % 1024n === 0n && exponent < 60) {
    amount /= 1024n;
    exponent += 10;
  }
  const suffix = Object.keys(BINARY_SUFFIXES).find((k) => BINARY_SUFFIXES[k] === exponent) ?? '';
  return `${amount}${suffix}`;
}

function formatDecimal(q: Quantity, format: QuantityFormat): string {
  let coef = q.coef;
  let exp = q.exp;
  while (coef % 10n === 0n) {
    coef /= 10n;
    exp++;
  }
  const rem = ((exp % 3) + 3) % 3;
  coef *= 10n ** BigInt(rem);
  exp -= rem;
  if (format === QuantityFormat.DecimalExponent || !Object.values(DECIMAL_SUFFIXES).includes(exp)) {
    return exp === 0 ? `${coef}` : `${coef}e${exp}`;
  }
  const suffix = Object.keys(DECIMAL_SUFFIXES).find((k) => DECIMAL_SUFFIXES[k] === exp)!;
  return `${coef}${suffix}`;
}
