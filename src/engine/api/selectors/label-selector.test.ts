import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { describe, expect, it } from 'vitest';
import { formatLabelSelector, labelSelectorMatches } from './label-selector.ts';

describe('formatLabelSelector', () => {
  it('prints <none> for a selector that selects everything or nothing', () => {
    expect(formatLabelSelector(undefined)).toBe('<none>');
    expect(formatLabelSelector({})).toBe('<none>');
    expect(formatLabelSelector({ matchLabels: {}, matchExpressions: [] })).toBe('<none>');
  });

  it('sorts by key, labels before expressions of the same key, values sorted', () => {
    expect(formatLabelSelector({ matchLabels: { b: '2', a: '1', 'a-b': '1', 'a.b': '2', A: '3' } })).toBe('A=3,a=1,a-b=1,a.b=2,b=2');
    expect(formatLabelSelector({
      matchExpressions: [
        { key: 'z', operator: 'In', values: ['b', 'a', 'a'] },
        { key: 'a', operator: 'DoesNotExist' },
        { key: 'm', operator: 'NotIn', values: ['x'] },
        { key: 'e', operator: 'Exists' },
      ],
    })).toBe('!a,e,m notin (x),z in (a,a,b)');
    expect(formatLabelSelector({
      matchLabels: { app: 'x' },
      matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['y'] }, { key: 'app', operator: 'Exists' }],
    })).toBe('app=x,app notin (y),app');
    expect(formatLabelSelector({ matchExpressions: [{ key: 'k', operator: 'In', values: [''] }] })).toBe('k in ()');
  });

  it('prints <error> for what LabelSelectorAsSelector rejects', () => {
    const invalid: LabelSelector[] = [
      { matchExpressions: [{ key: 'a', operator: 'In', values: [] }] },
      { matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] },
      { matchExpressions: [{ key: 'a', operator: 'Exists', values: ['1'] }] },
      { matchLabels: { Foo_: 'x' } },
      { matchLabels: { k: '-bad' } },
    ];
    expect(invalid.map(formatLabelSelector)).toEqual(['<error>', '<error>', '<error>', '<error>', '<error>']);
  });
});

describe('labelSelectorMatches', () => {
  it('selects nothing with no selector and everything with an empty one', () => {
    expect(labelSelectorMatches(undefined, { app: 'web' })).toBe(false);
    expect(labelSelectorMatches({}, undefined)).toBe(true);
  });

  it('ANDs labels and expressions', () => {
    const sel: LabelSelector = { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }] };
    expect(labelSelectorMatches(sel, { app: 'web' })).toBe(true);
    expect(labelSelectorMatches(sel, { app: 'web', tier: 'db' })).toBe(false);
    expect(labelSelectorMatches(sel, { tier: 'fe' })).toBe(false);
  });

  it('selects nothing with an unknown operator', () => {
    expect(labelSelectorMatches({ matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] }, { a: '2' })).toBe(false);
  });
});
