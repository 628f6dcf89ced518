import { describe, expect, it } from 'vitest';
import type { ExternalProgram } from '../process.ts';
import { promptOf, runProcess, spawnProcess, startError } from './index.ts';
import { bench, drive, ENV } from './testing.ts';

const perl: ExternalProgram = {
  start: (args, sys) => {
    sys.write(1, `perl got [${args.join('|')}] in ${sys.cwd} with ${sys.env?.find((kv) => kv.startsWith('GREETING='))}\n`);
    return { status: { state: 'sleeping', wakeMs: sys.nowMs() + 1_500 }, memo: { step: 1 } };
  },
  resume: (_args, memo, sys) => {
    sys.write(1, `resumed ${JSON.stringify(memo)}\n`);
    return { status: { state: 'exited', code: 0 } };
  },
};

describe('starting processes', () => {
  it('runs any other argv as one program, without a shell', () => {
    const b = bench();
    expect(drive(b, spawnProcess(['cat', '/etc/hostname'], { env: ENV, cwd: '/', flavour: 'ash' })).status).toEqual({ state: 'exited', code: 0 });
    expect(b.out).toBe('placeholder\n');
    const c = bench();
    drive(c, spawnProcess(['echo', '$HOME', '*'], { env: ENV, cwd: '/', flavour: 'ash' }));
    expect(c.out).toBe('$HOME *\n');
  });

  it('reaches the image’s programs by name or path, with their environment, and resumes them', () => {
    const b = bench({ externals: { perl } });
    const st = spawnProcess(['sh', '-c', 'cd /tmp; export GREETING=hi; perl -Mbignum=bpi -wle "print bpi(10)"; /usr/bin/perl -v'], { env: ENV, cwd: '/', flavour: 'ash' });
    expect(drive(b, st).status).toEqual({ state: 'exited', code: 0 });
    expect(b.out).toBe('perl got [-Mbignum=bpi|-wle|print bpi(10)] in /tmp with GREETING=hi\nresumed {"step":1}\nperl got [-v] in /tmp with GREETING=hi\nresumed {"step":1}\n');
    const direct = bench({ externals: { perl } });
    drive(direct, spawnProcess(['perl', '-e', '1'], { env: ENV, cwd: '/' }));
    expect(direct.out).toBe('perl got [-e|1] in / with undefined\nresumed {"step":1}\n');
  });

  it('finds only the shells the image has', () => {
    const b = bench();
    drive(b, spawnProcess(['sh', '-c', "bash -c 'echo no'; ash -c 'echo ash $0'"], { env: ENV, cwd: '/', flavour: 'ash' }));
    expect(b.err).toBe('sh: bash: not found\n');
    expect(b.out).toBe('ash ash\n');
  });

  it('says why the runtime cannot start a command', () => {
    const none = (): undefined => undefined;
    const opts = { env: ENV, cwd: '/', flavour: 'ash' as const };
    expect(startError(['sh'], opts, none)).toBeUndefined();
    expect(startError(['/bin/sleep', '1'], opts, none)).toBeUndefined();
    expect(startError(['bash'], opts, none)).toBe('exec: "bash": executable file not found in $PATH');
    expect(startError(['/app/run'], opts, none)).toBe('exec: "/app/run": stat /app/run: no such file or directory');
    expect(startError(['ls'], { env: ENV, cwd: '/' }, none)).toBe('exec: "ls": executable file not found in $PATH');
    expect(startError(['perl'], { env: ENV, cwd: '/' }, (n) => (n === 'perl' ? perl : undefined))).toBeUndefined();
  });

  it('makes a shell on a terminal with open input interactive', () => {
    const b = bench();
    const st = spawnProcess(['sh'], { env: ENV, cwd: '/', flavour: 'ash', tty: true, stdin: 'open' });
    expect(runProcess(st, b.sys)).toEqual({ state: 'blocked' });
    expect(promptOf(st)).toBe('/ # ');
  });
});
