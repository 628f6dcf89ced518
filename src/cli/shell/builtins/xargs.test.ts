// xargs on the workstation, checked against GNU findutils: words and quotes, -n, -I, -r, -t, exit
// statuses, and commands that keep running (run one after the other on the virtual clock).

import { describe, expect, it } from 'vitest';
import { TestShell } from '../testing.ts';

function run(source: string): { output: string; exitCode: number } {
  const { output, exitCode } = new TestShell().run(source);
  return { output, exitCode };
}

describe('xargs', () => {
  it('appends the words of its input to the command, echo by default', () => {
    expect(run("printf 'a b\\nc\\n' | xargs").output).toBe('a b c\n');
    expect(run("printf 'a b\\nc\\n' | xargs -n1 echo item").output).toBe('item a\nitem b\nitem c\n');
    expect(run("printf '\"q w\" e\\\\ f\\n' | xargs -n1 echo").output).toBe('q w\ne f\n');
  });

  it('substitutes each line with -I, traces with -t, and skips empty input only with -r', () => {
    expect(run("printf 'a b\\nc\\n' | xargs -I{} echo '<{}>'").output).toBe('<a b>\n<c>\n');
    expect(run("printf 'a b\\nc\\n' | xargs -t -n 2 echo").output).toBe('echo a b\na b\necho c\nc\n');
    expect(run("printf '' | xargs echo empty; printf '' | xargs -r echo empty").output).toBe('empty\n');
  });

  it('exits 123 when a command fails, 127 when it is missing, 1 on an unmatched quote', () => {
    expect(run("printf 'a\\nb\\n' | xargs -n1 false")).toEqual({ output: '', exitCode: 123 });
    expect(run("echo x | xargs nosuchcmd")).toEqual({ output: 'xargs: nosuchcmd: No such file or directory\n', exitCode: 127 });
    expect(run("printf \"it's\\n\" | xargs echo")).toEqual({ output: 'xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option\n', exitCode: 1 });
  });

  it('waits for each command that keeps running before starting the next', () => {
    const shell = new TestShell();
    const start = shell.nowMs;
    expect(shell.run("printf '1\\n2\\n' | xargs -n1 sleep; echo done").output).toBe('done\n');
    expect(shell.nowMs - start).toBeGreaterThanOrEqual(3_000);
  });
});
