import { describe, expect, it } from 'vitest';
import { closeInput, feedLine, promptOf, runProcess, signalProcess, spawnProcess, startInteractive } from './index.ts';
import type { ProcState } from './state.ts';
import { BENCH_START_MS, bench, ENV } from './testing.ts';

describe('interactive shells', () => {
  it('shows busybox ash’s prompt for the working directory', () => {
    const b = bench();
    const st = startInteractive('ash', { env: ENV, cwd: '/' });
    expect(runProcess(st, b.sys)).toEqual({ state: 'blocked' });
    expect(promptOf(st)).toBe('/ # ');
    feedLine(st, 'cd /tmp', b.sys);
    expect(promptOf(st)).toBe('/tmp # ');
    feedLine(st, 'cd', b.sys);
    expect(promptOf(st)).toBe('~ # ');
  });

  it('shows bash’s user@host prompt, and dash’s #', () => {
    const b = bench();
    const bash = startInteractive('bash', { env: ENV, cwd: '/' });
    runProcess(bash, b.sys);
    expect(promptOf(bash)).toBe('root@web-7d4b9:/# ');
    feedLine(bash, 'cd /etc', b.sys);
    expect(promptOf(bash)).toBe('root@web-7d4b9:/etc# ');
    const dash = startInteractive('bash', { env: ENV, cwd: '/', argv0: 'sh' });
    runProcess(dash, b.sys);
    expect(promptOf(dash)).toBe('# ');
  });

  it('asks for more with PS2 while a command is open', () => {
    const b = bench();
    const st = startInteractive('ash', { env: ENV, cwd: '/' });
    runProcess(st, b.sys);
    feedLine(st, 'for i in 1 2', b.sys);
    expect(promptOf(st)).toBe('> ');
    feedLine(st, 'do echo "n=$i', b.sys);
    expect(promptOf(st)).toBe('> ');
    feedLine(st, '"; done', b.sys);
    expect(b.out).toBe('n=1\n\nn=2\n\n');
    expect(promptOf(st)).toBe('/ # ');
  });

  it('survives errors and keeps $?', () => {
    const b = bench();
    const st = startInteractive('ash', { env: ENV, cwd: '/' });
    runProcess(st, b.sys);
    feedLine(st, 'nope', b.sys);
    feedLine(st, 'echo $?', b.sys);
    feedLine(st, 'fi', b.sys);
    feedLine(st, 'echo ${x?unset}', b.sys);
    feedLine(st, 'echo alive $?', b.sys);
    expect(b.err).toBe('sh: nope: not found\nsh: syntax error: unexpected "fi"\nsh: x: unset\n');
    expect(b.out).toBe('127\nalive 2\n');
  });

  it('has no prompt while a command runs, and Ctrl-C abandons it', () => {
    const b = bench();
    let st: ProcState = startInteractive('ash', { env: ENV, cwd: '/' });
    runProcess(st, b.sys);
    expect(feedLine(st, 'sleep 100', b.sys)).toEqual({ state: 'sleeping', wakeMs: BENCH_START_MS + 100_000 });
    expect(promptOf(st)).toBe('');
    st = JSON.parse(JSON.stringify(st)) as ProcState;
    expect(signalProcess(st, 'SIGINT', b.sys)).toEqual({ state: 'blocked' });
    expect(promptOf(st)).toBe('/ # ');
    feedLine(st, 'echo $?', b.sys);
    expect(b.out).toBe('130\n');
    expect(signalProcess(st, 'SIGTERM', b.sys)).toEqual({ state: 'blocked' });
  });

  it('ends with exit’s status, or at end of input', () => {
    const b = bench();
    const st = startInteractive('ash', { env: ENV, cwd: '/' });
    runProcess(st, b.sys);
    expect(feedLine(st, 'exit 3', b.sys)).toEqual({ state: 'exited', code: 3 });
    expect(promptOf(st)).toBe('');
    const bash = startInteractive('bash', { env: ENV, cwd: '/' });
    runProcess(bash, b.sys);
    feedLine(bash, 'false', b.sys);
    expect(closeInput(bash, b.sys)).toEqual({ state: 'exited', code: 1 });
    expect(b.err).toBe('exit\n');
  });

  it('reads its commands from a pipe without prompts when not on a terminal', () => {
    const b = bench();
    const st = spawnProcess(['sh'], { env: ENV, cwd: '/', flavour: 'ash', stdin: 'open', pid: 7 });
    runProcess(st, b.sys);
    expect(promptOf(st)).toBe('');
    feedLine(st, 'echo from stdin\necho second\n', b.sys);
    expect(closeInput(st, b.sys)).toEqual({ state: 'exited', code: 0 });
    expect(b.out).toBe('from stdin\nsecond\n');
    expect(runProcess(spawnProcess(['sh'], { env: ENV, cwd: '/', flavour: 'ash' }), b.sys)).toEqual({ state: 'exited', code: 0 });
  });

  it('gives lines typed while a command runs to that command', () => {
    const b = bench();
    const st = startInteractive('ash', { env: ENV, cwd: '/' });
    runProcess(st, b.sys);
    feedLine(st, 'read name; echo "hello $name"', b.sys);
    expect(promptOf(st)).toBe('');
    feedLine(st, 'world', b.sys);
    expect(b.out).toBe('hello world\n');
  });
});
