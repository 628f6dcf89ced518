import { describe, expect, it } from 'vitest';
import { parseLabelSelector } from './label-parser.ts';
import { aggregate, matchesRequirements, parseInt64, requirementString, type Labels } from './requirement.ts';

const PODS: Readonly<Record<string, Labels>> = {
  none: undefined,
  web: { app: 'web' },
  db: { app: 'db' },
  blank: { app: '' },
  five: { n: '5' },
  ten: { n: '10' },
  negative: { n: '-3' },
  word: { n: 'abc' },
  padded: { n: '007' },
  huge: { n: '99999999999999999999' },
};

const selected = (selector: string): string[] => {
  const reqs = parseLabelSelector(selector);
  return Object.entries(PODS).filter(([, labels]) => matchesRequirements(reqs, labels)).map(([name]) => name);
};

describe('matching', () => {
  it('needs the key for =, ==, in and exists', () => {
    expect(selected('app=web')).toEqual(['web']);
    expect(selected('app==web')).toEqual(['web']);
    expect(selected('app in (web,db)')).toEqual(['web', 'db']);
    expect(selected('app')).toEqual(['web', 'db', 'blank']);
    expect(selected('app=')).toEqual(['blank']);
    expect(selected('app in ()')).toEqual(['blank']);
  });

  it('also selects objects without the key for !=, notin and !', () => {
    expect(selected('app!=web')).toEqual(['none', 'db', 'blank', 'five', 'ten', 'negative', 'word', 'padded', 'huge']);
    expect(selected('app notin (web,db)')).toEqual(['none', 'blank', 'five', 'ten', 'negative', 'word', 'padded', 'huge']);
    expect(selected('!app')).toEqual(['none', 'five', 'ten', 'negative', 'word', 'padded', 'huge']);
  });

  it('compares > and < as 64-bit integers, skipping labels that are not one', () => {
    expect(selected('n>5')).toEqual(['ten', 'padded']);
    expect(selected('n<10')).toEqual(['five', 'negative', 'padded']);
    expect(selected('n>5,n<100')).toEqual(['ten', 'padded']);
  });

  it('ANDs the requirements', () => {
    expect(selected('app,app!=db,app notin ()')).toEqual(['web']);
  });
});

describe('parseInt64', () => {
  it('takes what strconv.ParseInt(s, 10, 64) takes', () => {
    expect(parseInt64('+5')).toBe(5n);
    expect(parseInt64('-9223372036854775808')).toBe(-(2n ** 63n));
    expect(parseInt64('9223372036854775808')).toBeUndefined();
    expect(parseInt64('1_000')).toBeUndefined();
    expect(parseInt64(' 1')).toBeUndefined();
    expect(parseInt64('')).toBeUndefined();
  });
});

describe('requirementString', () => {
  it('prints as Requirement.String does', () => {
    expect(parseLabelSelector('z in (b,a),!y,x,w notin (c),v!=1,t=3,s>4,r<5').map(requirementString))
      .toEqual(['r<5', 's>4', 't=3', 'v!=1', 'w notin (c)', 'x', '!y', 'z in (a,b)']);
  });
});

describe('aggregate', () => {
  it('brackets several messages and drops repeats', () => {
    expect(aggregate(['a'])).toBe('a');
    expect(aggregate(['a', 'a'])).toBe('a');
    expect(aggregate(['a', 'b', 'a'])).toBe('[a, b]');
  });
});
