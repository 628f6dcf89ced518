import { describe, expect, it } from 'vitest';
import { NGINX_DEFAULT_CONF_IPV6 } from '../catalogue/nginx-files.ts';
import { TestMachine } from '../testing/machine.ts';

const T = '2025/03/17 08:31:02';

describe('nginx entrypoint and daemon', () => {
  it('prints the docker-entrypoint lines, then nginx\'s notices, and serves', () => {
    const m = new TestMachine('nginx');
    expect(m.run('docker-entrypoint.sh', ['nginx', '-g', 'daemon off;'])).toEqual({ state: 'blocked' });
    expect(m.out).toBe([
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
      '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
      '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
      '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
      '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
      '',
    ].join('\n'));
    expect(m.err).toBe([
      `${T} [notice] 1#1: using the "epoll" event method`,
      `${T} [notice] 1#1: nginx/1.27.3`,
      `${T} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) `,
      `${T} [notice] 1#1: OS: Linux 5.15.0-130-generic`,
      `${T} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`,
      `${T} [notice] 1#1: start worker processes`,
      `${T} [notice] 1#1: start worker process 29`,
      `${T} [notice] 1#1: start worker process 30`,
      '',
    ].join('\n'));
  });

  it('enables the IPv6 listen in default.conf, as the script\'s sed does', () => {
    const m = new TestMachine('nginx');
    m.run('docker-entrypoint.sh', ['nginx', '-g', 'daemon off;']);
    expect(m.sys.fs.readFile('/etc/nginx/conf.d/default.conf')).toBe(NGINX_DEFAULT_CONF_IPV6);
  });

  it('exits quickly and cleanly on SIGTERM with the notice lines', () => {
    const m = new TestMachine('nginx');
    m.run('docker-entrypoint.sh', ['nginx', '-g', 'daemon off;']);
    m.err = '';
    expect(m.signal('SIGTERM')).toEqual({ exitAfterMs: 30, code: 0 });
    expect(m.err.split('\n')[0]).toBe(`${T} [notice] 1#1: signal 15 (SIGTERM) received, exiting`);
    expect(m.err).toContain(`${T} [notice] 1#1: worker process 29 exited with code 0`);
    expect(m.err.trimEnd().split('\n').at(-1)).toBe(`${T} [notice] 1#1: exit`);
  });

  it('shuts down gracefully on SIGQUIT, the image\'s STOPSIGNAL', () => {
    const m = new TestMachine('nginx');
    expect(m.image.stopSignal).toBe('SIGQUIT');
    m.run('nginx', ['-g', 'daemon off;']);
    m.signal('SIGQUIT');
    expect(m.err).toContain('1#1: signal 3 (SIGQUIT) received, shutting down');
    expect(m.err).toContain('29#29: gracefully shutting down');
  });

  it('says what the IPv6 script does with a mounted or already changed default.conf', () => {
    const mounted = new TestMachine('nginx', { files: { '/etc/nginx/conf.d/default.conf': 'server { listen 8080; }\n' } });
    mounted.run('docker-entrypoint.sh', ['nginx', '-g', 'daemon off;']);
    expect(mounted.out).toContain('10-listen-on-ipv6-by-default.sh: info: can not modify /etc/nginx/conf.d/default.conf (read-only file system?)\n');
    const restarted = new TestMachine('nginx', { files: { '/etc/nginx/conf.d/default.conf': NGINX_DEFAULT_CONF_IPV6 } });
    restarted.run('docker-entrypoint.sh', ['nginx', '-g', 'daemon off;']);
    expect(restarted.out).toContain('10-listen-on-ipv6-by-default.sh: info: IPv6 listen already enabled\n');
  });

  it('stays quiet with NGINX_ENTRYPOINT_QUIET_LOGS', () => {
    const m = new TestMachine('nginx', { env: ['NGINX_ENTRYPOINT_QUIET_LOGS=1'] });
    m.run('docker-entrypoint.sh', ['nginx', '-g', 'daemon off;']);
    expect(m.out).toBe('');
  });

  it('prints nothing at start or stop in 1.14.2 (its error log level is warn)', () => {
    const m = new TestMachine('nginx:1.14.2');
    expect(m.run('nginx', ['-g', 'daemon off;'])).toEqual({ state: 'blocked' });
    m.signal('SIGTERM');
    expect(m.out + m.err).toBe('');
  });

  it('daemonises and returns without `daemon off;`', () => {
    const m = new TestMachine('nginx');
    expect(m.run('nginx', [])).toEqual({ state: 'exited', code: 0 });
    expect(m.err).not.toContain('start worker processes');
  });

  it('prints its version on stderr', () => {
    const m = new TestMachine('nginx:1.14.2');
    expect(m.run('nginx', ['-v'])).toEqual({ state: 'exited', code: 0 });
    expect(m.err).toBe('nginx version: nginx/1.14.2\n');
    const alpine = new TestMachine('nginx:alpine');
    alpine.run('nginx', ['-V']);
    expect(alpine.err).toContain('built by gcc 13.2.1 20240309 (Alpine 13.2.1_git20240309) \n');
  });

  it('tests its configuration', () => {
    const m = new TestMachine('nginx');
    expect(m.run('nginx', ['-t'])).toEqual({ state: 'exited', code: 0 });
    expect(m.err).toBe('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n');
  });
});
