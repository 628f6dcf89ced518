// π to any number of significant digits with exact integer arithmetic (Machin's formula on BigInt),
// rounded as Math::BigFloat's bpi(N) prints it: `bpi(5)` → 3.1416.

/** Extra digits carried so the rounding digit is right. */
const GUARD_DIGITS = 10;

/** arctan(1/x) scaled by `scale`, by its alternating series. */
function arctanInverse(x: bigint, scale: bigint): bigint {
  const x2 = x * x;
  let term = scale / x;
  let sum = 0n;
  let k = 1n;
  let positive = true;
  while (term !== 0n) {
    sum += positive ? term / k : -(term / k);
    term /= x2;
    k += 2n;
    positive = !positive;
  }
  return sum;
}

/** π with `significant` digits (1 ≤ significant), rounded half up: `3.14159…`. */
export function piDigits(significant: number): string {
  const scale = 10n ** BigInt(significant + GUARD_DIGITS);
  const pi = 16n * arctanInverse(5n, scale) - 4n * arctanInverse(239n, scale);
  const shift = 10n ** BigInt(GUARD_DIGITS + 1);
  const digits = ((pi + shift / 2n) / shift).toString();
  return digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
}
