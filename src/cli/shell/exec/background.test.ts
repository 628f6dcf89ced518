import { describe, expect, it } from 'vitest';
import { TestShell } from '../testing.ts';

/** Advances the shell's clock to each background wake-up until `untilMs`. */
function runBackground(shell: TestShell, untilMs: number): void {
  for (let wake = shell.session.jobs.wakeAtMs(); wake !== undefined && wake <= untilMs; wake = shell.session.jobs.wakeAtMs()) {
    shell.nowMs = wake;
    shell.session.jobs.poll(wake);
  }
  shell.nowMs = untilMs;
}

describe('background jobs', () => {
  it('runs `cmd &` beside the foreground, lists it, and reports its end once', () => {
    const shell = new TestShell();
    const started = shell.start('sleep 5 && echo hello > out.txt &');
    expect(started.job.done).toBe(true);
    expect(shell.run('echo $!').stdout).toBe('2041\n');
    expect(shell.run('jobs').stdout).toBe('[1]+  Running                 sleep 5 && echo hello > out.txt &\n');
    runBackground(shell, shell.nowMs + 6_000);
    expect(shell.fs.readFile('/home/student/out.txt')).toBe('hello\n');
    expect(shell.run('jobs').stdout).toBe('[1]+  Done                    sleep 5 && echo hello > out.txt\n');
    expect(shell.run('jobs').stdout).toBe('');
  });

  it('kills a job by spec, waits for one, and brings one back to the foreground', () => {
    const shell = new TestShell();
    shell.run('sleep 100 &');
    shell.run('sleep 200 &');
    expect(shell.run('jobs').stdout).toBe('[1]-  Running                 sleep 100 &\n[2]+  Running                 sleep 200 &\n');
    expect(shell.run('kill %1').exitCode).toBe(0);
    expect(shell.run('kill %7').stderr).toBe('bash: kill: %7: no such job\n');
    expect(shell.run('kill 1').stderr).toBe('bash: kill: (1) - No such process\n');
    expect(shell.run('jobs').stdout).toBe('[1]-  Terminated              sleep 100\n[2]+  Running                 sleep 200 &\n');
    const fg = shell.start('fg');
    expect(fg.read().stdout).toBe('sleep 200\n');
    expect(fg.job.wakeAtMs()).toBe(shell.nowMs + 200_000);
    expect(shell.run('fg').stderr).toBe('bash: fg: current: no such job\n');
  });

  it('announces jobs only in an interactive shell', () => {
    const shell = new TestShell();
    let out = '';
    const term = { stdout: { write: (t: string) => { out += t; } }, stderr: { write: (t: string) => { out += t; } }, interactive: true };
    shell.session.run('sleep 1 &', term);
    expect(out).toBe('[1] 2041\n');
    runBackground(shell, shell.nowMs + 2_000);
    out = '';
    shell.session.jobs.reportEnded(term.stdout);
    expect(out).toBe('[1]+  Done                    sleep 1\n');
  });
});
