import { describe, expect, it } from 'vitest';
import { TestMachine } from '../testing/machine.ts';
import { piDigits } from './pi.ts';

describe('perl', () => {
  it('runs the docs\' pi Job: 2000 digits after about two seconds', () => {
    const m = new TestMachine('perl:5.34.0');
    const started = m.nowMs;
    expect(m.run('perl', ['-Mbignum=bpi', '-wle', 'print bpi(2000)'])).toEqual({ state: 'exited', code: 0 });
    expect(m.out).toBe(`${piDigits(2000)}\n`);
    expect(m.nowMs - started).toBeGreaterThan(1_000);
    expect(m.nowMs - started).toBeLessThan(3_000);
  });

  it('prints string one-liners', () => {
    const m = new TestMachine('perl');
    m.run('perl', ['-e', 'print "Hello from Perl\\n"; print \'raw\\n\', 6*7']);
    expect(m.out).toBe('Hello from Perl\nraw\\n42');
  });

  it('answers other code with a syntax error', () => {
    const m = new TestMachine('perl');
    expect(m.run('perl', ['-e', 'my $x = <STDIN>;'])).toEqual({ state: 'exited', code: 255 });
    expect(m.err).toBe('syntax error at -e line 1, near "my $x = <STDIN>;"\nExecution of -e aborted due to compilation errors.\n');
  });

  it('quits the default debugger REPL on an empty stdin', () => {
    const m = new TestMachine('perl:5.34.0');
    expect(m.run('perl5.34.0', ['-de0'])).toEqual({ state: 'exited', code: 0 });
    expect(m.out).toContain('Loading DB routines from perl5db.pl version 1.60');
  });

  it('reports a missing script and its version', () => {
    const m = new TestMachine('perl:5.34.0');
    expect(m.run('perl', ['app.pl'])).toEqual({ state: 'exited', code: 2 });
    expect(m.err).toBe('Can\'t open perl script "app.pl": No such file or directory\n');
    m.run('perl', ['-v']);
    expect(m.out).toContain('This is perl 5, version 34, subversion 0 (v5.34.0) built for x86_64-linux-gnu');
  });
});
