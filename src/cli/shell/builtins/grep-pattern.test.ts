import { describe, expect, it } from 'vitest';
import { PatternError, toRegExpSource } from './grep-pattern.ts';

function errorOf(pattern: string, syntax: 'basic' | 'extended'): string | undefined {
  try {
    toRegExpSource(pattern, syntax);
    return undefined;
  } catch (error) {
    return error instanceof PatternError ? error.message : 'unexpected';
  }
}

describe('toRegExpSource', () => {
  it.each([
    ['a\\(b\\)*c', 'a(b)*c'],
    ['a+b?', 'a\\+b\\?'],
    ['a\\+b\\?', 'a+b?'],
    ['*a', '\\*a'],
    ['a|b', 'a\\|b'],
    ['a\\|b', 'a|b'],
    ['x\\{2,\\}', 'x{2,}'],
    ['[[:digit:]]', '[0-9]'],
    ['[]a]', '[\\]a]'],
    ['\\<w\\>', '\\b(?=\\w)w\\b(?<=\\w)'],
  ])('reads basic %s as %s', (pattern, source) => {
    expect(toRegExpSource(pattern, 'basic')).toBe(source);
  });

  it.each([
    ['(a|b)+', '(a|b)+'],
    ['x{2}', 'x{2}'],
    ['a{', 'a\\{'],
    [')', '\\)'],
    ['\\(', '\\('],
  ])('reads extended %s as %s', (pattern, source) => {
    expect(toRegExpSource(pattern, 'extended')).toBe(source);
  });

  it('escapes fixed strings', () => {
    expect(toRegExpSource('a.b*', 'fixed')).toBe('a\\.b\\*');
  });

  it('fails with GNU grep messages', () => {
    expect(errorOf('(', 'extended')).toBe('Unmatched ( or \\(');
    expect(errorOf('a\\)', 'basic')).toBe('Unmatched ) or \\)');
    expect(errorOf('[a', 'basic')).toBe('Unmatched [, [^, [:, [., or [=');
    expect(errorOf('a\\', 'basic')).toBe('Trailing backslash');
    expect(errorOf('a\\{1', 'basic')).toBe('Unmatched \\{');
    expect(errorOf('a{2,1}', 'extended')).toBe('Invalid content of \\{\\}');
    expect(errorOf('[[:foo:]]', 'basic')).toBe('Invalid character class name');
  });
});
