import { describe, expect, it } from 'vitest';
import { TestMachine } from '../testing/machine.ts';

describe('mysql', () => {
  it('refuses to start without a password option: exit 1, the classic CrashLoopBackOff', () => {
    const m = new TestMachine('mysql:8.0');
    expect(m.run('docker-entrypoint.sh', ['mysqld'])).toEqual({ state: 'exited', code: 1 });
    expect(m.out).toBe([
      '2025-03-17 08:31:02+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.40-1.el9 started.',
      "2025-03-17 08:31:02+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'",
      '2025-03-17 08:31:02+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.40-1.el9 started.',
      '',
    ].join('\n'));
    expect(m.err).toBe([
      '2025-03-17 08:31:02+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
      '    You need to specify one of the following as an environment variable:',
      '    - MYSQL_ROOT_PASSWORD',
      '    - MYSQL_ALLOW_EMPTY_PASSWORD',
      '    - MYSQL_RANDOM_ROOT_PASSWORD',
      '',
    ].join('\n'));
  });

  it('initialises and serves with MYSQL_ROOT_PASSWORD', () => {
    const m = new TestMachine('mysql', { env: ['MYSQL_ROOT_PASSWORD=secret', 'MYSQL_VERSION=9.1.0-1.el9'] });
    expect(m.run('docker-entrypoint.sh', ['mysqld'])).toEqual({ state: 'blocked' });
    expect(m.out).toContain('[Note] [Entrypoint]: MySQL init process done. Ready for start up.');
    expect(m.err.trimEnd().split('\n').at(-1)).toMatch(/\/usr\/sbin\/mysqld: ready for connections\. Version: '9\.1\.0' {2}socket: '\/var\/run\/mysqld\/mysqld\.sock' {2}port: 3306 {2}MySQL Community Server - GPL\.$/);
    expect(m.nowMs - Date.UTC(2025, 2, 17, 8, 31, 2)).toBeGreaterThan(10_000);
  });
});
