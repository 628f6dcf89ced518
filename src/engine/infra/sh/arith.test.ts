import { describe, expect, it } from 'vitest';
import { ArithError, evalArith } from './arith.ts';

function calc(text: string, vars: Record<string, string> = {}): string {
  return evalArith(text, { get: (n) => vars[n], set: (n, v) => { vars[n] = v; } });
}

describe('shell arithmetic', () => {
  it('follows C precedence and integer division', () => {
    expect(calc('1 + 2 * 3')).toBe('7');
    expect(calc('(1 + 2) * 3')).toBe('9');
    expect(calc('7 / 2')).toBe('3');
    expect(calc('-7 / 2')).toBe('-3');
    expect(calc('-7 % 3')).toBe('-1');
    expect(calc('2 ** 10')).toBe('1024');
    expect(calc('1 << 4 | 1')).toBe('17');
    expect(calc('3 > 2 && 2 > 3')).toBe('0');
    expect(calc('!0')).toBe('1');
    expect(calc('5 == 5 ? 10 : 20')).toBe('10');
    expect(calc('0x10 + 010')).toBe('24');
  });

  it('reads and assigns variables', () => {
    const vars: Record<string, string> = { x: '5', y: 'x + 1' };
    expect(calc('x * 2', vars)).toBe('10');
    expect(calc('y * 2', vars)).toBe('12');
    expect(calc('unset + 1', vars)).toBe('1');
    expect(calc('x += 3', vars)).toBe('8');
    expect(calc('i++', vars)).toBe('0');
    expect(calc('++i', vars)).toBe('2');
    expect(vars).toMatchObject({ x: '8', i: '2' });
  });

  it('wraps at 64 bits', () => {
    expect(calc('9223372036854775807 + 1')).toBe('-9223372036854775808');
  });

  it('fails with busybox messages', () => {
    expect(() => calc('1 +')).toThrow(new ArithError('arithmetic syntax error'));
    expect(() => calc('1 / 0')).toThrow(new ArithError('divide by zero'));
    expect(() => calc('2 ** -1')).toThrow(new ArithError('exponent less than 0'));
  });

  it('evaluates only the taken side of && and ?:', () => {
    const vars: Record<string, string> = {};
    expect(calc('0 && (a = 1)', vars)).toBe('0');
    expect(calc('1 ? (b = 2) : (c = 3)', vars)).toBe('2');
    expect(vars).toEqual({ b: '2' });
  });
});
