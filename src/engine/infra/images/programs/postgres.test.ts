import { describe, expect, it } from 'vitest';
import { TestMachine } from '../testing/machine.ts';

describe('postgres', () => {
  it('refuses to initialise without POSTGRES_PASSWORD', () => {
    const m = new TestMachine('postgres');
    expect(m.run('docker-entrypoint.sh', ['postgres'])).toEqual({ state: 'exited', code: 1 });
    expect(m.err.split('\n').slice(0, 3)).toEqual([
      'Error: Database is uninitialized and superuser password is not specified.',
      '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
      '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
    ]);
  });

  it('initialises and accepts connections with a password', () => {
    const m = new TestMachine('postgres:16', { env: ['POSTGRES_PASSWORD=pw'] });
    expect(m.run('docker-entrypoint.sh', ['postgres'])).toEqual({ state: 'blocked' });
    expect(m.out).toContain('PostgreSQL init process complete; ready for start up.');
    expect(m.err.trimEnd().split('\n').at(-1)).toMatch(/UTC \[1\] LOG: {2}database system is ready to accept connections$/);
    expect(m.err).toContain('starting PostgreSQL 16.6 (Debian 16.6-1.pgdg120+1)');
  });

  it('will not run as root when started directly', () => {
    const m = new TestMachine('postgres');
    expect(m.run('postgres', [])).toEqual({ state: 'exited', code: 1 });
    expect(m.err.split('\n')[0]).toBe('"root" execution of the PostgreSQL server is not permitted.');
  });
});
