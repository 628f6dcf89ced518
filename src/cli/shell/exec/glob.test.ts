import { describe, expect, it } from 'vitest';
import { MemoryFs } from '../../fs/memory-fs.ts';
import { glob, hasGlob, patternToRegExp } from './glob.ts';

const fs = new MemoryFs(() => 0, { '/w/a.yaml': '', '/w/b.yml': '', '/w/c1': '', '/w/c2': '', '/w/.x.yaml': '', '/w/sub/d.yaml': '' });

describe('glob', () => {
  it('matches *, ? and bracket classes in the cwd, sorted', () => {
    expect(glob('*.yaml', fs, '/w', '/')).toEqual(['a.yaml']);
    expect(glob('c?', fs, '/w', '/')).toEqual(['c1', 'c2']);
    expect(glob('c[!1]', fs, '/w', '/')).toEqual(['c2']);
    expect(glob('*.y*ml', fs, '/w', '/')).toEqual(['a.yaml', 'b.yml']);
  });

  it('keeps the directory prefix as typed', () => {
    expect(glob('sub/*.yaml', fs, '/w', '/')).toEqual(['sub/d.yaml']);
    expect(glob('/w/sub/*', fs, '/', '/')).toEqual(['/w/sub/d.yaml']);
  });

  it('matches directories only when the pattern ends with a slash', () => {
    expect(glob('*/', fs, '/w', '/')).toEqual(['sub/']);
  });

  it('shows dotfiles only to patterns starting with a dot', () => {
    expect(glob('.*.yaml', fs, '/w', '/')).toEqual(['.x.yaml']);
  });

  it('returns undefined when nothing matches or the pattern is invalid', () => {
    expect(glob('*.json', fs, '/w', '/')).toBeUndefined();
    expect(glob('[z-a]', fs, '/w', '/')).toBeUndefined();
    expect(patternToRegExp('[z-a]')).toBeUndefined();
  });

  it('ignores escaped glob characters', () => {
    expect(hasGlob('\\*.yaml')).toBe(false);
    expect(hasGlob('a\\[*')).toBe(true);
  });
});
