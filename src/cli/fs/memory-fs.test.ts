import { describe, expect, it } from 'vitest';
import { MemoryFs } from './memory-fs.ts';
import { FsError } from './virtual-fs.ts';

function fsAt(startMs = 1000, files: Record<string, string> = {}): { fs: MemoryFs; clock: { nowMs: number } } {
  const clock = { nowMs: startMs };
  return { fs: new MemoryFs(() => clock.nowMs, files), clock };
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    return error instanceof FsError ? error.code : 'not an FsError';
  }
}

describe('MemoryFs', () => {
  it('creates parent directories for its initial files', () => {
    const { fs } = fsAt(0, { '/home/student/app/pod.yaml': 'kind: Pod\n' });
    expect(fs.readdir('/home/student')).toEqual(['app']);
    expect(fs.readFile('/home/student/app/pod.yaml')).toBe('kind: Pod\n');
  });

  it('reports sizes in UTF-8 bytes and directories as 4096', () => {
    const { fs } = fsAt(0, { '/a.txt': 'héllo ✓' });
    expect(fs.stat('/a.txt')).toEqual({ type: 'file', size: 10, mtimeMs: 0 });
    expect(fs.stat('/')?.size).toBe(4096);
    expect(fs.stat('/missing')).toBeUndefined();
  });

  it('stamps writes with the injected clock', () => {
    const { fs, clock } = fsAt(5);
    fs.writeFile('/f', 'a');
    clock.nowMs = 9;
    fs.appendFile('/f', 'b');
    expect(fs.readFile('/f')).toBe('ab');
    expect(fs.stat('/f')?.mtimeMs).toBe(9);
  });

  it('appends to a missing file by creating it', () => {
    const { fs } = fsAt();
    fs.appendFile('/new', 'x');
    expect(fs.readFile('/new')).toBe('x');
  });

  it('fails with POSIX codes', () => {
    const { fs } = fsAt(0, { '/dir/file': 'x' });
    expect(codeOf(() => fs.readFile('/nope'))).toBe('ENOENT');
    expect(codeOf(() => fs.readFile('/dir'))).toBe('EISDIR');
    expect(codeOf(() => fs.readFile('/dir/file/x'))).toBe('ENOTDIR');
    expect(codeOf(() => fs.writeFile('/missing/f', ''))).toBe('ENOENT');
    expect(codeOf(() => fs.writeFile('/dir/file/f', ''))).toBe('ENOTDIR');
    expect(codeOf(() => fs.writeFile('/dir', ''))).toBe('EISDIR');
    expect(codeOf(() => fs.mkdir('/dir'))).toBe('EEXIST');
    expect(codeOf(() => fs.mkdir('/a/b'))).toBe('ENOENT');
    expect(codeOf(() => fs.mkdir('/dir/file', { parents: true }))).toBe('EEXIST');
    expect(codeOf(() => fs.readdir('/dir/file'))).toBe('ENOTDIR');
    expect(codeOf(() => fs.remove('/dir'))).toBe('ENOTEMPTY');
    expect(codeOf(() => fs.remove('/nope'))).toBe('ENOENT');
  });

  it('makes parents with mkdir -p and accepts existing directories', () => {
    const { fs } = fsAt();
    fs.mkdir('/a/b/c', { parents: true });
    fs.mkdir('/a/b', { parents: true });
    expect(fs.readdir('/a/b')).toEqual(['c']);
  });

  it('lists entries sorted', () => {
    const { fs } = fsAt(0, { '/d/b': '', '/d/a': '', '/d/C': '' });
    expect(fs.readdir('/d')).toEqual(['C', 'a', 'b']);
  });

  it('removes directory trees when recursive', () => {
    const { fs } = fsAt(0, { '/d/e/f': 'x' });
    fs.remove('/d', { recursive: true });
    expect(fs.exists('/d')).toBe(false);
  });

  it('renames files and directories, replacing files', () => {
    const { fs } = fsAt(0, { '/d/f': 'x', '/g': 'old' });
    fs.rename('/d/f', '/g');
    expect(fs.readFile('/g')).toBe('x');
    fs.rename('/d', '/e');
    expect(fs.snapshot()).toEqual({ '/g': 'x' });
    expect(fs.stat('/e')?.type).toBe('dir');
  });

  it('refuses to rename a directory into itself or over a file', () => {
    const { fs } = fsAt(0, { '/d/x': '', '/f': '' });
    expect(codeOf(() => fs.rename('/d', '/d/sub'))).toBe('ENOENT');
    expect(codeOf(() => fs.rename('/d', '/f'))).toBe('ENOTDIR');
    expect(codeOf(() => fs.rename('/f', '/d'))).toBe('EISDIR');
  });

  it('snapshots every file by path', () => {
    const { fs } = fsAt(0, { '/b/c': '2', '/a': '1' });
    fs.mkdir('/empty');
    expect(fs.snapshot()).toEqual({ '/a': '1', '/b/c': '2' });
  });
});
