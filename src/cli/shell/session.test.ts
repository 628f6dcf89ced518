import { describe, expect, it } from 'vitest';
import { TEST_START_MS, TestShell } from './testing.ts';
import type { CommandContext, CommandSpec, Process } from './types.ts';

/** A program that prints `tick N` each second for `count` seconds, like a watch. */
function ticker(ctx: CommandContext): Process {
  const count = Number(ctx.argv[1] ?? '3');
  const startMs = ctx.nowMs();
  let printed = 0;
  const process = {
    done: false,
    exitCode: 0,
    wakeAtMs: () => (process.done ? undefined : startMs + (printed + 1) * 1000),
    poll(nowMs: number) {
      while (!process.done && nowMs >= startMs + (printed + 1) * 1000) {
        printed += 1;
        ctx.io.stdout.write(`tick ${printed}\n`);
        if (printed === count) process.done = true;
      }
    },
    cancel() {
      process.done = true;
      process.exitCode = 130;
    },
  };
  return process;
}

const TICKER: CommandSpec = { name: 'ticker', path: '/usr/local/bin/ticker', run: ticker };
const BOOM: CommandSpec = {
  name: 'boom',
  run: () => {
    throw new Error('kaboom');
  },
};

function shell(files: Record<string, string> = {}): TestShell {
  return new TestShell({ files, commands: [TICKER, BOOM] });
}

describe('ShellSession.run', () => {
  it('finishes at once when no program waits', () => {
    const { job, read } = shell().start('echo hi; echo there');
    expect(job.done).toBe(true);
    expect(read().output).toBe('hi\nthere\n');
  });

  it('suspends at sleep and runs the rest of the line when it ends', () => {
    const sh = shell();
    const { job, read } = sh.start('echo before; sleep 5; echo after');
    expect(job.done).toBe(false);
    expect(job.wakeAtMs()).toBe(TEST_START_MS + 5000);
    job.poll(TEST_START_MS + 4999);
    expect(read().output).toBe('before\n');
    sh.nowMs = TEST_START_MS + 5000;
    job.poll(sh.nowMs);
    expect(job.done).toBe(true);
    expect(read().output).toBe('before\nafter\n');
  });

  it('stops the rest of the line on Ctrl-C with status 130', () => {
    const sh = shell();
    const { job, read } = sh.start('sleep 10; echo never');
    job.cancel();
    expect(job.done).toBe(true);
    expect(job.exitCode).toBe(130);
    expect(sh.session.lastExitCode).toBe(130);
    expect(read().output).toBe('');
    expect(sh.run('echo $?').output).toBe('130\n');
  });

  it('lets a running program write into a redirected file as it goes', () => {
    const sh = shell();
    const { job } = sh.start('ticker 3 > out.txt');
    job.poll(TEST_START_MS + 2000);
    expect(sh.fs.readFile('/home/student/out.txt')).toBe('tick 1\ntick 2\n');
    job.cancel();
    expect(sh.fs.readFile('/home/student/out.txt')).toBe('tick 1\ntick 2\n');
  });

  it('buffers a pipeline stage until it ends', () => {
    expect(shell().run('ticker 2 | wc -l').output).toBe('2\n');
  });

  it('runs && and || on exit statuses', () => {
    expect(shell().run('false && echo no || echo yes; true || echo no').output).toBe('yes\n');
  });

  it('prints bash syntax errors with status 2 and runs nothing', () => {
    const sh = shell();
    const result = sh.run('touch made; echo a | | b');
    expect(result).toMatchObject({ output: "bash: syntax error near unexpected token `|'\n", exitCode: 2 });
    expect(sh.fs.exists('/home/student/made')).toBe(false);
    expect(sh.session.lastExitCode).toBe(2);
  });

  it('reports unknown commands like an interactive bash', () => {
    expect(shell().run('kubectll get pods')).toMatchObject({ output: 'bash: kubectll: command not found\n', exitCode: 127 });
  });

  it('runs programs by their installed path', () => {
    const sh = shell();
    expect(sh.run('/usr/local/bin/ticker 1').output).toBe('tick 1\n');
    expect(sh.run('./missing.sh')).toMatchObject({ output: 'bash: ./missing.sh: No such file or directory\n', exitCode: 127 });
    sh.run('touch script.sh');
    expect(sh.run('./script.sh')).toMatchObject({ output: 'bash: ./script.sh: Permission denied\n', exitCode: 126 });
  });

  it('turns a throwing program into a message and status 1, and carries on', () => {
    expect(shell().run('boom; echo still here')).toMatchObject({ output: 'boom: kaboom\nstill here\n', exitCode: 0 });
  });

  it('ends the line at a bad substitution', () => {
    expect(shell().run('echo a; echo ${a b}; echo c')).toMatchObject({
      output: 'a\nbash: ${a b}: bad substitution\n',
      exitCode: 1,
    });
  });

  it('warns about a here-document ended by the end of input, and runs it', () => {
    expect(shell().run('cat <<EOF\nbody').output).toBe(
      "bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\nbody\n",
    );
  });

  it('prints an incomplete input as bash does at end of file', () => {
    expect(shell().run('echo "open')).toMatchObject({ output: 'bash: unexpected EOF while looking for matching `"\'\n', exitCode: 2 });
  });

  it('lets later commands replace earlier ones of the same name', () => {
    const sh = shell();
    sh.session.addCommands([{ name: 'echo', run: (ctx) => (ctx.io.stdout.write('custom\n'), 0) }]);
    expect(sh.run('echo hi').output).toBe('custom\n');
  });

  it('tells programs whether stdout is the terminal', () => {
    const sh = shell({ '/home/student/a': '', '/home/student/b': '' });
    expect(sh.run('ls').output).toBe('a  b\n');
    expect(sh.run('ls | cat').output).toBe('a\nb\n');
  });
});

describe('prompt, cwd and history', () => {
  it('shows the cwd with ~ for home', () => {
    const sh = shell();
    expect(sh.session.prompt()).toBe('student@workstation:~$ ');
    sh.run('mkdir -p app/x; cd app/x');
    expect(sh.session.prompt()).toBe('student@workstation:~/app/x$ ');
    expect(sh.session.cwd).toBe('/home/student/app/x');
    sh.run('cd /');
    expect(sh.session.prompt()).toBe('student@workstation:/$ ');
  });

  it('records every non-empty input, itself included', () => {
    const sh = shell();
    sh.run('echo one');
    sh.run('   ');
    sh.run('cat <<EOF\nx\nEOF\n');
    expect(sh.session.history).toEqual(['echo one', 'cat <<EOF\nx\nEOF']);
    expect(sh.run('history').output).toBe('    1  echo one\n    2  cat <<EOF\nx\nEOF\n    3  history\n');
  });
});
