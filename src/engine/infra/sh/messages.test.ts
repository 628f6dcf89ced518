import { describe, expect, it } from 'vitest';
import { spawnProcess } from './index.ts';
import { bench, drive, ENV } from './testing.ts';

function run(argv: string[], flavour: 'ash' | 'bash' = 'ash'): { out: string; err: string; code: number | undefined } {
  const b = bench();
  const r = drive(b, spawnProcess(argv, { env: ENV, cwd: '/', flavour }));
  return { out: b.out, err: b.err, code: r.status.state === 'exited' ? r.status.code : undefined };
}

describe('messages as each shell prints them', () => {
  it('busybox ash', () => {
    expect(run(['sh', '-c', 'foo']).err).toBe('sh: foo: not found\n');
    expect(run(['/bin/sh', '-c', 'foo']).err).toBe('/bin/sh: foo: not found\n');
    expect(run(['sh', '-c', 'done'])).toEqual({ out: '', err: 'sh: syntax error: unexpected "done"\n', code: 2 });
    expect(run(['sh', '-c', 'echo "x'])).toEqual({ out: '', err: 'sh: syntax error: unterminated quoted string\n', code: 2 });
    expect(run(['sh', '-c']).err).toBe('sh: -c requires an argument\n');
    expect(run(['sh', '-c', '[ 1 -eq 1']).err).toBe('sh: missing ]\n');
    expect(run(['sh', '-c', '[ a -eq 1 ]']).err).toBe('sh: a: bad number\n');
    expect(run(['sh', '-c', 'bash']).err).toBe('sh: bash: not found\n');
  });

  it('dash, the sh of Debian and Ubuntu images', () => {
    expect(run(['sh', '-c', 'foo'], 'bash').err).toBe('sh: 1: foo: not found\n');
    expect(run(['sh', '-c', 'echo a\ndone'], 'bash')).toEqual({ out: 'a\n', err: 'sh: 2: Syntax error: "done" unexpected\n', code: 2 });
    expect(run(['sh', '-c', 'cd /nope'], 'bash').err).toBe("sh: 1: cd: can't cd to /nope\n");
    expect(run(['sh', '-c', 'echo "a\\tb"'], 'bash').out).toBe('a\tb\n');
    expect(run(['sh', '-c', 'echo x > /nope/y'], 'bash').err).toBe('sh: 1: cannot create /nope/y: Directory nonexistent\n');
  });

  it('bash', () => {
    expect(run(['bash', '-c', 'foo'], 'bash').err).toBe('bash: line 1: foo: command not found\n');
    expect(run(['bash', '-c', 'done'], 'bash').err).toBe("bash: -c: line 1: syntax error near unexpected token `done'\n");
    expect(run(['bash', '-c', 'cd /nope'], 'bash').err).toBe('bash: line 1: cd: /nope: No such file or directory\n');
    expect(run(['bash', '-c', 'echo x > /nope/y'], 'bash').err).toBe('bash: line 1: /nope/y: No such file or directory\n');
    expect(run(['bash', '-c', '[ a -eq 1 ]'], 'bash').err).toBe('bash: line 1: [: a: integer expression expected\n');
  });

  it('GNU coreutils in Debian-based images', () => {
    expect(run(['cat', '/nope'], 'bash').err).toBe('cat: /nope: No such file or directory\n');
    expect(run(['ls', '/nope'], 'bash')).toEqual({ out: '', err: "ls: cannot access '/nope': No such file or directory\n", code: 2 });
    expect(run(['rm', '/nope'], 'bash').err).toBe("rm: cannot remove '/nope': No such file or directory\n");
    expect(run(['mkdir', '/tmp'], 'bash').err).toBe("mkdir: cannot create directory '/tmp': File exists\n");
    expect(run(['sleep', 'x'], 'bash').err).toBe("sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n");
    expect(run(['sh', '-c', 'ps'], 'bash').err).toBe('sh: 1: ps: not found\n');
  });

  it('busybox applets', () => {
    expect(run(['cat', '/tmp/healthy']).err).toBe("cat: can't open '/tmp/healthy': No such file or directory\n");
    expect(run(['ls', '/nope'])).toEqual({ out: '', err: 'ls: /nope: No such file or directory\n', code: 1 });
    expect(run(['rm', '/nope']).err).toBe("rm: can't remove '/nope': No such file or directory\n");
    expect(run(['rm', '/tmp']).err).toBe("rm: '/tmp' is a directory\n");
    expect(run(['mkdir', '/a/b']).err).toBe("mkdir: can't create directory '/a/b': No such file or directory\n");
    expect(run(['rmdir', '/etc']).err).toBe("rmdir: '/etc': Directory not empty\n");
    expect(run(['sleep', 'x']).err).toBe("sleep: invalid number 'x'\n");
    expect(run(['touch', '/nope/x']).err).toBe('touch: /nope/x: No such file or directory\n');
    expect(run(['cp', '/nope', '/tmp']).err).toBe("cp: can't stat '/nope': No such file or directory\n");
    expect(run(['mv', '/nope', '/tmp/x']).err).toBe("mv: can't rename '/nope': No such file or directory\n");
    expect(run(['head', '/nope']).err).toBe("head: can't open '/nope': No such file or directory\n");
    expect(run(['grep', 'x', '/nope'])).toEqual({ out: '', err: 'grep: /nope: No such file or directory\n', code: 2 });
    expect(run(['ls', '-z']).err).toMatch(/^ls: unrecognized option: z\nBusyBox v1\.36\.1/);
  });
});
