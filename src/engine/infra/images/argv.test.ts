import { describe, expect, it } from 'vitest';
import { execArgv, hasExecutable, mainProgram, resolveArgv } from './argv.ts';
import { testImage } from './testing/machine.ts';

describe('command resolution', () => {
  const config = { entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'] };

  it('runs ENTRYPOINT + CMD by default', () => {
    expect(resolveArgv({}, config)).toEqual(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']);
  });

  it('replaces CMD with args, keeping ENTRYPOINT', () => {
    expect(resolveArgv({ args: ['sleep', '5'] }, config)).toEqual(['/docker-entrypoint.sh', 'sleep', '5']);
  });

  it('replaces ENTRYPOINT with command and drops CMD', () => {
    expect(resolveArgv({ command: ['sh', '-c', 'echo hi'] }, config)).toEqual(['sh', '-c', 'echo hi']);
  });

  it('uses command and args together', () => {
    expect(resolveArgv({ command: ['perl'], args: ['-v'] }, config)).toEqual(['perl', '-v']);
  });
});

describe('entrypoints that exec what they are given', () => {
  it('keeps nginx\'s entrypoint in front of nginx and execs anything else', () => {
    const nginx = testImage('nginx');
    expect(execArgv(nginx, ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'])).toEqual(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']);
    expect(execArgv(nginx, ['/docker-entrypoint.sh', 'sleep', '3600'])).toEqual(['sleep', '3600']);
  });

  it('puts the server first when given only options', () => {
    expect(execArgv(testImage('redis'), ['docker-entrypoint.sh', '--appendonly', 'yes'])).toEqual(['redis-server', '--appendonly', 'yes']);
    expect(execArgv(testImage('mysql'), ['docker-entrypoint.sh', '--character-set-server=utf8mb4'])).toEqual(['docker-entrypoint.sh', 'mysqld', '--character-set-server=utf8mb4']);
    expect(execArgv(testImage('node'), ['docker-entrypoint.sh', 'node'])).toEqual(['node']);
    expect(execArgv(testImage('node'), ['docker-entrypoint.sh', 'app.js'])).toEqual(['node', 'app.js']);
  });

  it('sees through tini to filebeat', () => {
    const filebeat = testImage('docker.elastic.co/beats/filebeat:8.4.3');
    expect(execArgv(filebeat, resolveArgv({}, filebeat))).toEqual(['filebeat', '-environment', 'container']);
  });

  it('names the program PID 1 ends up as', () => {
    expect(mainProgram(testImage('nginx'), ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'])).toEqual({
      id: 'nginx-entrypoint', name: 'docker-entrypoint.sh', args: ['nginx', '-g', 'daemon off;'],
    });
    expect(mainProgram(testImage('busybox'), ['sleep', '5'])).toBeUndefined();
    expect(mainProgram(testImage('registry.k8s.io/e2e-test-images/agnhost:2.40'), ['/agnhost', 'liveness'])).toMatchObject({ id: 'agnhost', args: ['liveness'] });
  });

  it('finds executables by path or on the image\'s PATH', () => {
    const busybox = testImage('busybox');
    expect(hasExecutable(busybox, 'sh')).toBe(true);
    expect(hasExecutable(busybox, '/bin/sleep')).toBe(true);
    expect(hasExecutable(busybox, 'bash')).toBe(false);
    expect(hasExecutable(testImage('perl:5.34.0'), 'perl')).toBe(true);
  });
});
