import { describe, expect, it } from 'vitest';
import { TestMachine } from '../testing/machine.ts';

const T = '17 Mar 2025 08:31:02';

describe('redis', () => {
  it('logs its 7.x startup and accepts connections', () => {
    const m = new TestMachine('redis');
    expect(m.run('redis-server', [])).toEqual({ state: 'blocked' });
    const lines = m.out.trimEnd().split('\n');
    expect(lines[1]).toBe(`1:C ${T}.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`);
    expect(lines[2]).toBe(`1:C ${T}.000 * Redis version=7.4.2, bits=64, commit=00000000, modified=0, pid=1, just started`);
    expect(lines.at(-1)).toBe(`1:M ${T}.002 * Ready to accept connections tcp`);
  });

  it('saves and says bye on SIGTERM, exiting 0', () => {
    const m = new TestMachine('redis:7-alpine');
    m.run('redis-server', []);
    m.out = '';
    expect(m.signal('SIGTERM')).toEqual({ exitAfterMs: 95, code: 0 });
    expect(m.out.split('\n')[0]).toBe('1:signal-handler (1742200262) Received SIGTERM scheduling shutdown...');
    expect(m.out).toContain('* Saving the final RDB snapshot before exiting.');
    expect(m.out).toContain('# Redis is now ready to exit, bye bye...');
  });

  it('logs 3.2\'s older lines', () => {
    const m = new TestMachine('redis:3.2-alpine');
    m.run('redis-server', []);
    expect(m.out).toContain('1:M 17 Mar 08:31:02.001 # Server started, Redis version 3.2.12\n');
  });

  it('answers redis-cli ping with PONG', () => {
    const m = new TestMachine('redis');
    expect(m.run('redis-cli', ['ping'])).toEqual({ state: 'exited', code: 0 });
    expect(m.out).toBe('PONG\n');
  });
});
