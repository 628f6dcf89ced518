import { describe, expect, it } from 'vitest';
import { TestMachine } from '../testing/machine.ts';

describe('node', () => {
  it('exits 0 at once without a tty', () => {
    expect(new TestMachine('node').run('node', [])).toEqual({ state: 'exited', code: 0 });
  });

  it('runs console.log one-liners and prints its version', () => {
    const m = new TestMachine('node:20');
    m.run('node', ['-e', 'console.log("sum:", 1 + 2)']);
    m.run('node', ['--version']);
    expect(m.out).toBe('sum: 3\nv20.18.1\n');
  });

  it('fails on a missing script the way Node does', () => {
    const m = new TestMachine('node');
    expect(m.run('node', ['server.js'])).toEqual({ state: 'exited', code: 1 });
    expect(m.err).toContain("Error: Cannot find module '/server.js'");
    expect(m.err.trimEnd().split('\n').at(-1)).toBe('Node.js v23.6.0');
  });
});
