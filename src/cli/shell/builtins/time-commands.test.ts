import { describe, expect, it } from 'vitest';
import { TEST_START_MS, TestShell } from '../testing.ts';

describe('sleep', () => {
  it('waits for the sum of its durations', () => {
    const sh = new TestShell();
    const { job } = sh.start('sleep 1m 2s 0.5');
    expect(job.wakeAtMs()).toBe(TEST_START_MS + 62_500);
    job.poll(TEST_START_MS + 62_499);
    expect(job.done).toBe(false);
    job.poll(TEST_START_MS + 62_500);
    expect(job.done).toBe(true);
    expect(job.exitCode).toBe(0);
  });

  it('returns at once for zero', () => {
    expect(new TestShell().start('sleep 0').job.done).toBe(true);
  });

  it('rejects bad intervals', () => {
    expect(new TestShell().run('sleep x')).toMatchObject({
      output: "sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n",
      exitCode: 1,
    });
    expect(new TestShell().run('sleep').output).toBe("sleep: missing operand\nTry 'sleep --help' for more information.\n");
  });
});

describe('timeout', () => {
  it('cancels a program that outlives its duration with status 124', () => {
    const sh = new TestShell();
    expect(sh.run('timeout 5 sleep 60; echo $?').output).toBe('124\n');
    expect(sh.nowMs).toBe(TEST_START_MS + 5000);
  });

  it('passes on the status of a program that ends in time', () => {
    expect(new TestShell().run('timeout 5 sleep 1; echo $?; timeout 5 false; echo $?').output).toBe('0\n1\n');
  });

  it('reports bad usage as GNU timeout does', () => {
    expect(new TestShell().run('timeout 5 nope')).toMatchObject({
      output: "timeout: failed to run command 'nope': No such file or directory\n",
      exitCode: 127,
    });
    expect(new TestShell().run('timeout x ls')).toMatchObject({
      output: "timeout: invalid time interval 'x'\nTry 'timeout --help' for more information.\n",
      exitCode: 125,
    });
    expect(new TestShell().run('timeout').exitCode).toBe(125);
  });
});
