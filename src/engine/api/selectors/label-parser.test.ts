import { describe, expect, it } from 'vitest';
import { parseLabelSelector } from './label-parser.ts';
import { SelectorError } from './requirement.ts';

function errorOf(text: string): string {
  try {
    parseLabelSelector(text);
  } catch (e) {
    if (e instanceof SelectorError) return e.message;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(text)} not to parse`);
}

const KEY_FORMAT = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const VALUE_FORMAT = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

describe('parseLabelSelector', () => {
  it('parses every operator and sorts the requirements by key', () => {
    expect(parseLabelSelector('z in (b,a,b),!y,x,w notin (c),v!=1,u==2,t=3,s>4,r<5')).toEqual([
      { key: 'r', op: 'lt', value: '5' },
      { key: 's', op: 'gt', value: '4' },
      { key: 't', op: '=', value: '3' },
      { key: 'u', op: '=', value: '2' },
      { key: 'v', op: '!=', value: '1' },
      { key: 'w', op: 'notin', values: ['c'] },
      { key: 'x', op: 'exists' },
      { key: 'y', op: '!' },
      { key: 'z', op: 'in', values: ['a', 'b'] },
    ]);
  });

  it('selects everything when empty or blank', () => {
    expect(parseLabelSelector('')).toEqual([]);
    expect(parseLabelSelector(' \t ')).toEqual([]);
  });

  it('takes whitespace between tokens and none around operators', () => {
    expect(parseLabelSelector('  app  in  ( web , db ) ')).toEqual([{ key: 'app', op: 'in', values: ['db', 'web'] }]);
    expect(parseLabelSelector('x in(a)')).toEqual([{ key: 'x', op: 'in', values: ['a'] }]);
  });

  it('reads empty values in sets and after exact-match operators', () => {
    expect(parseLabelSelector('a in ()')).toEqual([{ key: 'a', op: 'in', values: [''] }]);
    expect(parseLabelSelector('a in (,)')).toEqual([{ key: 'a', op: 'in', values: [''] }]);
    expect(parseLabelSelector('a in (x,,y)')).toEqual([{ key: 'a', op: 'in', values: ['', 'x', 'y'] }]);
    expect(parseLabelSelector('a in (x,)')).toEqual([{ key: 'a', op: 'in', values: ['', 'x'] }]);
    expect(parseLabelSelector('a=,b!=')).toEqual([{ key: 'a', op: '=', value: '' }, { key: 'b', op: '!=', value: '' }]);
  });

  it('treats in and notin as identifiers where a key or value is expected', () => {
    expect(parseLabelSelector('in')).toEqual([{ key: 'in', op: 'exists' }]);
    expect(parseLabelSelector('x in (in,notin)')).toEqual([{ key: 'x', op: 'in', values: ['in', 'notin'] }]);
    expect(parseLabelSelector('notin notin (notin)')).toEqual([{ key: 'notin', op: 'notin', values: ['notin'] }]);
  });

  it('reports syntax errors with the parser messages', () => {
    expect(errorOf('app in (a')).toBe("unable to parse requirement: found '', expected: ',' or ')'");
    expect(errorOf('app in (web db)')).toBe("unable to parse requirement: found 'db', expected: ',' or ')'");
    expect(errorOf('app in')).toBe("unable to parse requirement: found '' expected: '('");
    expect(errorOf('app in web')).toBe("unable to parse requirement: found 'web' expected: '('");
    expect(errorOf('app in (=)')).toBe("unable to parse requirement: found '=', expected: ',', ')' or identifier");
    expect(errorOf('app in (web,=)')).toBe("unable to parse requirement: found '=', expected: ',', or identifier");
    expect(errorOf('app)')).toBe("unable to parse requirement: found ')', expected: in, notin, =, ==, !=, gt, lt");
    expect(errorOf('!')).toBe("unable to parse requirement: found '', expected: identifier");
    expect(errorOf('!!app')).toBe("unable to parse requirement: found '!', expected: identifier");
    expect(errorOf('app=(web)')).toBe("unable to parse requirement: found '(', expected: identifier");
  });

  it('reads the longest operator, so doubled operators leave a stray symbol', () => {
    expect(errorOf('a!==b')).toBe("unable to parse requirement: found '=', expected: identifier");
    expect(errorOf('n>=5')).toBe("unable to parse requirement: found '=', expected: identifier");
    expect(errorOf('app<>5')).toBe("unable to parse requirement: found '>', expected: identifier");
  });

  it('reports what follows a requirement or a comma without the requirement prefix', () => {
    expect(errorOf('app=web,')).toBe("found '', expected: identifier after ','");
    expect(errorOf('a,,b')).toBe("found ',', expected: identifier after ','");
    expect(errorOf(',app')).toBe("found ',', expected: !, identifier, or 'end of string'");
    expect(errorOf('=web')).toBe("found '=', expected: !, identifier, or 'end of string'");
    expect(errorOf('app=web tier')).toBe("found 'tier', expected: ',' or 'end of string'");
    expect(errorOf('!app=web')).toBe("found '=', expected: ',' or 'end of string'");
    expect(errorOf('x in (a,b))')).toBe("found ')', expected: ',' or 'end of string'");
  });

  it('validates keys as qualified names under the nil field path', () => {
    expect(errorOf('Foo_=x')).toBe(`unable to parse requirement: <nil>: Invalid value: "Foo_": ${KEY_FORMAT}`);
    expect(errorOf('app~=web')).toBe(`unable to parse requirement: <nil>: Invalid value: "app~": ${KEY_FORMAT}`);
    expect(errorOf('/k')).toBe('unable to parse requirement: <nil>: Invalid value: "/k": prefix part must be non-empty');
    expect(errorOf('a'.repeat(64))).toBe(`unable to parse requirement: <nil>: Invalid value: "${'a'.repeat(64)}": name part must be no more than 63 characters`);
  });

  it('validates values, quoting them as Go does', () => {
    expect(errorOf('app=-web')).toBe(`unable to parse requirement: values[0][app]: Invalid value: "-web": ${VALUE_FORMAT}`);
    expect(errorOf('app=w"eb')).toBe(`unable to parse requirement: values[0][app]: Invalid value: "w\\"eb": ${VALUE_FORMAT}`);
    expect(errorOf('app=a\u00a0b')).toBe(`unable to parse requirement: values[0][app]: Invalid value: "a\\u00a0b": ${VALUE_FORMAT}`);
    expect(errorOf(`app=${'a'.repeat(64)}`)).toBe(`unable to parse requirement: values[0][app]: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`);
  });

  it('aggregates several invalid values in sorted, de-duplicated order', () => {
    const bad = (v: string, i: number): string => `values[${i}][app]: Invalid value: "${v}": ${VALUE_FORMAT}`;
    expect(errorOf('app in (-b,-a)')).toBe(`unable to parse requirement: [${bad('-a', 0)}, ${bad('-b', 1)}]`);
    expect(errorOf('app in (-a,b,-a)')).toBe(`unable to parse requirement: ${bad('-a', 0)}`);
  });

  it('requires a 64-bit integer after > and <', () => {
    const notInt = (v: string): string => `unable to parse requirement: values[0]: Invalid value: "${v}": for 'Gt', 'Lt' operators, the value must be an integer`;
    expect(errorOf('n>abc')).toBe(notInt('abc'));
    expect(errorOf('n>')).toBe(notInt(''));
    expect(errorOf('n>99999999999999999999')).toBe(notInt('99999999999999999999'));
    expect(errorOf('n>-1')).toBe(`unable to parse requirement: values[0][n]: Invalid value: "-1": ${VALUE_FORMAT}`);
    expect(parseLabelSelector('n>9223372036854775807')).toEqual([{ key: 'n', op: 'gt', value: '9223372036854775807' }]);
  });
});
