import { describe, expect, it } from 'vitest';
import { TestShell } from '../testing.ts';

function run(source: string, sh = new TestShell()): { output: string; exitCode: number } {
  const { output, exitCode } = sh.run(source);
  return { output, exitCode };
}

describe('echo and printf', () => {
  it('echoes with -n and -e', () => {
    expect(run('echo -n a; echo b').output).toBe('ab\n');
    expect(run("echo -e 'a\\tb\\x41\\0101\\c zzz'").output).toBe('a\tbAA');
    expect(run('echo -x "a\\nb"').output).toBe('-x a\\nb\n');
  });

  it('formats like bash printf, reusing the format for extra arguments', () => {
    expect(run("printf '%s-%d|%5s|%-4s|%x|%o|%c|%05.1f|%b|%%\\n' abc 42 r l 255 8 xyz 3.14159 'a\\tb'").output).toBe(
      'abc-42|    r|l   |ff|10|x|003.1|a\tb|%\n',
    );
    expect(run("printf '%s %s\\n' a b c").output).toBe('a b\nc \n');
    expect(run("printf '%+d % d %03d\\n' 5 5 5").output).toBe('+5  5 005\n');
  });

  it('reports printf misuse', () => {
    expect(run("printf '%d\\n' abc")).toEqual({ output: 'bash: printf: abc: invalid number\n0\n', exitCode: 1 });
    expect(run('printf')).toEqual({ output: 'printf: usage: printf [-v var] format [arguments]\n', exitCode: 2 });
  });
});

describe('variables', () => {
  it('exports, lists and unsets', () => {
    const sh = new TestShell();
    run('export KUBECONFIG=~/.kube/config EDITOR=vim', sh);
    expect(run('env | grep -e KUBECONFIG -e EDITOR', sh).output).toBe('KUBECONFIG=/home/student/.kube/config\nEDITOR=vim\n');
    expect(run('export | grep EDITOR', sh).output).toBe('declare -x EDITOR="vim"\n');
    expect(run('unset EDITOR; echo "[$EDITOR]"', sh).output).toBe('[]\n');
  });

  it('rejects invalid names', () => {
    expect(run('export 1x=2')).toEqual({ output: "bash: export: `1x=2': not a valid identifier\n", exitCode: 1 });
  });

  it('runs a program with extra variables through env', () => {
    expect(run('env GREETING=hi env | grep GREETING; echo "[$GREETING]"').output).toBe('GREETING=hi\n[]\n');
    expect(run('env nope')).toEqual({ output: "env: 'nope': No such file or directory\n", exitCode: 127 });
  });
});

describe('type, which, help', () => {
  it('tells builtins from installed programs', () => {
    expect(run('type cd ls nope')).toEqual({
      output: 'cd is a shell builtin\nls is /usr/bin/ls\nbash: type: nope: not found\n',
      exitCode: 1,
    });
    expect(run('type -t echo cat').output).toBe('builtin\nfile\n');
  });

  it('prints program paths and nothing for missing ones', () => {
    expect(run('which ls grep')).toEqual({ output: '/usr/bin/ls\n/usr/bin/grep\n', exitCode: 0 });
    expect(run('which nope cd')).toEqual({ output: '', exitCode: 1 });
  });

  it('lists the shell commands', () => {
    expect(run('help').output).toContain(' cd [dir]\n');
    expect(run('help cd').output).toBe('cd: cd [dir]\n');
  });
});

describe('history', () => {
  it('numbers entries and limits to the last N', () => {
    const sh = new TestShell();
    run('echo a', sh);
    run('echo b', sh);
    expect(run('history 2', sh).output).toBe('    2  echo b\n    3  history 2\n');
    expect(run('history x', sh)).toEqual({ output: 'bash: history: x: numeric argument required\n', exitCode: 1 });
  });
});

describe('machine', () => {
  it('prints the date from virtual time in UTC', () => {
    expect(run('date').output).toBe('Thu Nov 26 19:54:11 UTC 2026\n');
    expect(run('date +%Y-%m-%dT%H:%M:%S%z').output).toBe('2026-11-26T19:54:11+0000\n');
    expect(run('date -u +%s').output).toBe('1795722851\n');
    expect(run('date -d @0').output).toBe('Thu Jan  1 00:00:00 UTC 1970\n');
    expect(run('date nope')).toEqual({ output: "date: invalid date 'nope'\n", exitCode: 1 });
  });

  it('names the user and host', () => {
    expect(run('whoami; hostname').output).toBe('student\nworkstation\n');
  });

  it('clears the screen', () => {
    const sh = new TestShell();
    expect(run('clear', sh).output).toBe('\x1b[H\x1b[2J\x1b[3J');
    expect(sh.screenClears).toBe(1);
  });

  it('has true and false', () => {
    expect(run('true; echo $?; false; echo $?').output).toBe('0\n1\n');
  });
});
