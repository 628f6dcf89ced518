import { describe, expect, it } from 'vitest';
import { parseFieldSelector } from './field-selector.ts';
import { SelectorError } from './requirement.ts';

function errorOf(text: string): string {
  try {
    parseFieldSelector(text);
  } catch (e) {
    if (e instanceof SelectorError) return e.message;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(text)} not to parse`);
}

describe('parseFieldSelector', () => {
  it('parses =, == and != terms in sorted order', () => {
    expect(parseFieldSelector('status.phase!=Running,metadata.name==a,spec.nodeName=n1')).toEqual([
      { field: 'metadata.name', op: '=', value: 'a' },
      { field: 'spec.nodeName', op: '=', value: 'n1' },
      { field: 'status.phase', op: '!=', value: 'Running' },
    ]);
  });

  it('skips empty terms and keeps the spaces of the others', () => {
    expect(parseFieldSelector('')).toEqual([]);
    expect(parseFieldSelector(',,')).toEqual([]);
    expect(parseFieldSelector('a = b')).toEqual([{ field: 'a ', op: '=', value: ' b' }]);
  });

  it('unescapes backslash, comma and equals in values', () => {
    expect(parseFieldSelector('a=x\\,y\\=z\\\\,b=')).toEqual([
      { field: 'a', op: '=', value: 'x,y=z\\' },
      { field: 'b', op: '=', value: '' },
    ]);
  });

  it('splits a term at its first operator', () => {
    expect(parseFieldSelector('a=!b')).toEqual([{ field: 'a', op: '=', value: '!b' }]);
    expect(errorOf('a==b=')).toBe('invalid field selector: unescaped character in value: 61');
  });

  it('reports terms without an operator, naming the first in sorted order', () => {
    expect(errorOf('a')).toBe("invalid selector: 'a'; can't understand 'a'");
    expect(errorOf('b,a')).toBe("invalid selector: 'b,a'; can't understand 'a'");
    expect(errorOf('a=b\\,c,d')).toBe("invalid selector: 'a=b\\,c,d'; can't understand 'd'");
    expect(errorOf('a=b,\\,')).toBe("invalid selector: 'a=b,\\,'; can't understand '\\,'");
  });

  it('reports bad escapes, printing an unescaped rune as its number', () => {
    expect(errorOf('a=b=c')).toBe('invalid field selector: unescaped character in value: 61');
    expect(errorOf('a=x\\y')).toBe('invalid field selector: invalid escape sequence: \\y');
    expect(errorOf('a=b\\')).toBe('invalid field selector: invalid escape sequence: \\');
    expect(errorOf('q=\u00e9\\\u00e9')).toBe('invalid field selector: invalid escape sequence: \\\u00e9');
  });
});
