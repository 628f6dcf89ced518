import { describe, expect, it } from 'vitest';
import { fenceOf } from './fences.ts';

describe('fenceOf', () => {
  it('tells click-to-run blocks, open-in-editor blocks and plain code apart', () => {
    expect(fenceOf('language-run', undefined, 'kubectl get pods\n')).toEqual({ kind: 'run', text: 'kubectl get pods' });
    expect(fenceOf('language-file', 'path=web.yaml', 'kind: Pod\n')).toEqual({ kind: 'file', path: 'web.yaml', text: 'kind: Pod\n' });
    expect(fenceOf('language-file', undefined, 'x\n')).toEqual({ kind: 'code', text: 'x' });
    expect(fenceOf('language-yaml', undefined, 'a: 1\n')).toEqual({ kind: 'code', text: 'a: 1' });
    expect(fenceOf(undefined, undefined, 'plain')).toEqual({ kind: 'code', text: 'plain' });
  });
});
