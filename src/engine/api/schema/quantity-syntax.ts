// Whether a string parses as a resource.Quantity, with the error apimachinery's ParseQuantity returns.
// Mirrors pkg/api/resource/quantity.go (parseQuantityString, suffix interpretation); values are not computed.

export const QUANTITY_FORMAT_WRONG = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const QUANTITY_NUMERIC = 'unable to parse numeric part of quantity';
export const QUANTITY_SUFFIX = "unable to parse quantity's suffix";

const DECIMAL_SUFFIXES = new Map([['n', -9], ['u', -6], ['m', -3], ['', 0], ['k', 3], ['M', 6], ['G', 9], ['T', 12], ['P', 15], ['E', 18]]);
const BINARY_SUFFIXES = new Map([['Ki', 10], ['Mi', 20], ['Gi', 30], ['Ti', 40], ['Pi', 50], ['Ei', 60]]);
const SUFFIX_CHARS = 'eEinumkKMGTP';
const MAX_INT64_FACTORS = 18;

interface QuantityParts { value: string; num: string; denom: string; suffix: string }

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** The parse error for `text` (already trimmed, as Quantity.UnmarshalJSON trims), or undefined when valid. */
export function quantitySyntaxError(text: string): string | undefined {
  if (text === '') return QUANTITY_FORMAT_WRONG;
  if (text === '0') return undefined;
  const parts = splitQuantity(text);
  if (!parts) return QUANTITY_FORMAT_WRONG;
  const suffix = interpretSuffix(parts.suffix);
  if (!suffix) return QUANTITY_SUFFIX;
  const precision = suffix.binary
    ? (suffix.exponent >= 0 && parts.denom === '' ? 15 - parts.num.length - Math.trunc((suffix.exponent * 3) / 10) - 1 : -1)
    : MAX_INT64_FACTORS - (parts.num.length + parts.denom.length);
  // Below int64 precision the value goes through inf.Dec, which rejects a numeric part without digits.
  if (precision < 0 && !/[0-9]/.test(parts.value)) return QUANTITY_NUMERIC;
  return undefined;
}

/** parseQuantityString: sign, digits, optional fraction, then the suffix; undefined = ErrFormatWrong. */
function splitQuantity(str: string): QuantityParts | undefined {
  let pos = str[0] === '-' || str[0] === '+' ? 1 : 0;
  while (str[pos] === '0') pos++;
  if (pos >= str.length) return { value: '0', num: '0', denom: '', suffix: '' };
  const numStart = pos;
  while (isDigit(str[pos])) pos++;
  if (pos >= str.length) return { value: str, num: str.slice(numStart), denom: '', suffix: '' };
  const num = str.slice(numStart, pos) || '0';
  let denom = '';
  if (str[pos] === '.') {
    const denomStart = ++pos;
    while (isDigit(str[pos])) pos++;
    denom = str.slice(denomStart, pos);
    if (pos >= str.length) return { value: str, num, denom, suffix: '' };
  }
  const value = str.slice(0, pos);
  const suffixStart = pos;
  while (pos < str.length && SUFFIX_CHARS.includes(str[pos]!)) pos++;
  if (pos >= str.length) return { value, num, denom, suffix: str.slice(suffixStart) };
  if (str[pos] === '-' || str[pos] === '+') pos++;
  while (isDigit(str[pos])) pos++;
  return pos >= str.length ? { value, num, denom, suffix: str.slice(suffixStart) } : undefined;
}

function interpretSuffix(suffix: string): { exponent: number; binary: boolean } | undefined {
  const decimal = DECIMAL_SUFFIXES.get(suffix);
  if (decimal !== undefined) return { exponent: decimal, binary: false };
  const binary = BINARY_SUFFIXES.get(suffix);
  if (binary !== undefined) return { exponent: binary, binary: true };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E') && /^[+-]?[0-9]+$/.test(suffix.slice(1))) {
    return { exponent: Number(suffix.slice(1)), binary: false };
  }
  return undefined;
}
