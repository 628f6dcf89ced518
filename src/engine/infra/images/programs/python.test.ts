import { describe, expect, it } from 'vitest';
import { TestMachine } from '../testing/machine.ts';

describe('python', () => {
  it('exits 0 at once without a tty (the REPL reads an empty stdin)', () => {
    const m = new TestMachine('python');
    expect(m.run('python3', [])).toEqual({ state: 'exited', code: 0 });
    expect(m.out + m.err).toBe('');
  });

  it('runs print and sleep one-liners', () => {
    const m = new TestMachine('python:3.12-slim');
    const start = m.nowMs;
    expect(m.run('python3', ['-c', 'import time; print("hi", 6*7); time.sleep(2); print(8/2)'])).toEqual({ state: 'exited', code: 0 });
    expect(m.out).toBe('hi 42\n4.0\n');
    expect(m.nowMs - start).toBe(2_000);
  });

  it('answers unsupported code with a SyntaxError', () => {
    const m = new TestMachine('python');
    expect(m.run('python3', ['-c', 'x = [i for i in range(3)]'])).toEqual({ state: 'exited', code: 1 });
    expect(m.err).toContain('SyntaxError: invalid syntax');
  });

  it('serves with -m http.server and ignores SIGTERM as PID 1', () => {
    const m = new TestMachine('python');
    expect(m.run('python3', ['-m', 'http.server', '8000'])).toEqual({ state: 'blocked' });
    expect(m.signal('SIGTERM')).toBe('ignore');
  });

  it('reports its version and missing scripts', () => {
    const m = new TestMachine('python:3.12');
    m.run('python', ['--version']);
    expect(m.out).toBe('Python 3.12.8\n');
    expect(m.run('python3', ['app.py'])).toEqual({ state: 'exited', code: 2 });
    expect(m.err).toBe("/usr/local/bin/python3: can't open file '/app.py': [Errno 2] No such file or directory\n");
  });
});
