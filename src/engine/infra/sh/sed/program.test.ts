import { describe, expect, it } from 'vitest';
import { sedProgram, type SedIo } from './program.ts';

function memoryIo(files: Record<string, string>, stdin = ''): SedIo & { files: Record<string, string> } {
  return {
    files,
    read: (path) => (path in files ? { text: files[path]! } : { error: 'No such file or directory' }),
    write: (path, text) => {
      files[path] = text;
      return undefined;
    },
    stdin: () => stdin,
  };
}

const run = (args: string[], stdin: string, files: Record<string, string> = {}) => sedProgram(['sed', ...args], memoryIo(files, stdin));

describe('sed', () => {
  it('substitutes the first match, or every one with g, with & and groups', () => {
    expect(run(['s/o/0/'], 'foo boo\n').stdout).toBe('f0o boo\n');
    expect(run(['s/o/0/g'], 'foo boo\n').stdout).toBe('f00 b00\n');
    expect(run(['s/o/0/2'], 'foo\n').stdout).toBe('fo0\n');
    expect(run(['s/[a-z]*/<&>/'], 'web-1\n').stdout).toBe('<web>-1\n');
    expect(run(['s/\\(v1\\)\\.\\([0-9]*\\)/\\2.\\1/'], 'v1.31\n').stdout).toBe('31.v1\n');
    expect(run(['-E', 's/(v1)\\.([0-9]+)/\\2.\\1/'], 'v1.31\n').stdout).toBe('31.v1\n');
    expect(run(['s|/v1.31/|/v1.32/|'], 'https://pkgs.k8s.io/core:/stable:/v1.31/deb/ /\n').stdout).toBe('https://pkgs.k8s.io/core:/stable:/v1.32/deb/ /\n');
    expect(run(['s/A/b/I'], 'aA\n').stdout).toBe('bA\n');
  });

  it('selects lines by number, $, regex and ranges, with -n and p, and negation', () => {
    const input = 'a\nb\nc\nd\n';
    expect(run(['-n', '2p'], input).stdout).toBe('b\n');
    expect(run(['-n', '2,3p'], input).stdout).toBe('b\nc\n');
    expect(run(['-n', '$p'], input).stdout).toBe('d\n');
    expect(run(['-n', '/b/,/c/p'], input).stdout).toBe('b\nc\n');
    expect(run(['2!d'], input).stdout).toBe('b\n');
    expect(run(['1d'], input).stdout).toBe('b\nc\nd\n');
    expect(run(['/^c/,$d'], input).stdout).toBe('a\nb\n');
    expect(run(['-n', '3,1p'], input).stdout).toBe('c\n');
  });

  it('runs a, i, c, =, y, q, blocks and the hold space', () => {
    expect(run(['1i\\\nfirst'], 'x\n').stdout).toBe('first\nx\n');
    expect(run(['1a after'], 'x\ny\n').stdout).toBe('x\nafter\ny\n');
    expect(run(['2c\\\nchanged'], 'x\ny\n').stdout).toBe('x\nchanged\n');
    expect(run(['-n', '$='], 'x\ny\nz\n').stdout).toBe('3\n');
    expect(run(['y/abc/xyz/'], 'aabbcc\n').stdout).toBe('xxyyzz\n');
    expect(run(['2q'], 'x\ny\nz\n').stdout).toBe('x\ny\n');
    expect(run(['2q5'], 'x\ny\nz\n').code).toBe(5);
    expect(run(['/y/{s/y/Y/;p}'], 'x\ny\n').stdout).toBe('x\nY\nY\n');
    expect(run(['-n', '1h;1!H;${g;s/\\n/,/g;p}'], 'a\nb\nc\n').stdout).toBe('a,b,c\n');
    expect(run(['N;s/\\n/ /'], 'a\nb\nc\n').stdout).toBe('a b\nc\n');
    expect(run(['-e', 's/a/b/', '-e', 's/b/c/'], 'a\n').stdout).toBe('c\n');
  });

  it('keeps a last line without newline as it was', () => {
    expect(run(['s/a/b/'], 'a\na').stdout).toBe('b\nb');
    expect(run(['s/a/b/'], '').stdout).toBe('');
  });

  it('edits files in place, with a backup suffix', () => {
    const files: Record<string, string> = { 'k.list': 'deb v1.31 /\n' };
    expect(run(['-i', 's/v1.31/v1.32/', 'k.list'], '', files)).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(files['k.list']).toBe('deb v1.32 /\n');
    run(['-i.bak', 's/v1.32/v1.33/', 'k.list'], '', files);
    expect(files['k.list.bak']).toBe('deb v1.32 /\n');
    expect(run(['-i', 's/a/b/'], '', files).stderr).toBe('sed: no input files\n');
  });

  it('reports GNU sed errors and changes nothing', () => {
    const files: Record<string, string> = { f: 'a\n' };
    expect(run(['s/a/b', 'f'], '', files)).toEqual({ stdout: '', stderr: "sed: -e expression #1, char 5: unterminated `s' command\n", code: 1 });
    expect(run(['k', 'f'], '', files).stderr).toBe("sed: -e expression #1, char 1: unknown command: `k'\n");
    expect(run(['p', 'nofile'], '', files)).toEqual({ stdout: '', stderr: "sed: can't read nofile: No such file or directory\n", code: 2 });
    expect(run(['-k'], '', files).stderr.startsWith("sed: invalid option -- 'k'\nUsage: sed")).toBe(true);
    expect(run([], '', files).code).toBe(1);
    expect(run(['{p'], 'a\n').stderr).toBe("sed: -e expression #1, char 2: unmatched `{'\n");
    expect(files.f).toBe('a\n');
  });
});
