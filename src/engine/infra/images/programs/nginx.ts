// nginx as the official images run it: `nginx -g 'daemon off;'` logs its notices (1.19+ images log at
// `notice`, older ones at `warn`, so they stay silent), forks one worker per CPU and serves until a
// signal: SIGTERM/SIGINT stop it at once, SIGQUIT gracefully. `-v`, `-V`, `-t` as nginx prints them.

import type { ExternalProgram, ProcSys, Signal } from '../../process.ts';
import { slashTime } from '../time-format.ts';
import type { CatalogueImage } from '../types.ts';
import { readText, type ProgramFactory } from './support.ts';

/** The course nodes' kernel and CPUs (what `uname -r` and nproc show inside their containers). */
const NODE_KERNEL = '5.15.0-130-generic';
const NODE_CPUS = 2;
const NOFILE = '1048576:1048576';
const SHUTDOWN_MS = 30;

/** The compiler line of `nginx -V` and the startup notice, by the image's base OS. */
function compiler(image: CatalogueImage): string {
  const alpine = image.files['/etc/alpine-release'];
  if (alpine?.startsWith('3.2')) return 'gcc 13.2.1 20240309 (Alpine 13.2.1_git20240309) ';
  if (alpine) return 'gcc 11.2.1 20220219 (Alpine 11.2.1_git20220219) ';
  const debian = image.files['/etc/debian_version'] ?? '';
  if (debian.startsWith('12')) return 'gcc 12.2.0 (Debian 12.2.0-14) ';
  if (debian.startsWith('11')) return 'gcc 10.2.1 20210110 (Debian 10.2.1-6) ';
  if (debian.startsWith('9')) return 'gcc 6.3.0 20170516 (Debian 6.3.0-18+deb9u1) ';
  return 'gcc 5.4.0 20160609 (Ubuntu 5.4.0-6ubuntu1~16.04.4) ';
}

/** 1.19+ images log notices (and run the docker-entrypoint.d scripts first). */
function logsNotices(image: CatalogueImage): boolean {
  return image.files['/docker-entrypoint.sh'] !== undefined;
}

/** Worker pids: the entrypoint's scripts used the pids before them. */
function workerPids(image: CatalogueImage): number[] {
  const first = logsNotices(image) ? 29 : 6;
  return Array.from({ length: NODE_CPUS }, (_, i) => first + i);
}

function notice(sys: ProcSys, pid: number, text: string): string {
  return `${slashTime(sys.nowMs())} [notice] ${pid}#${pid}: ${text}`;
}

const SIGNALS: Readonly<Record<string, { num: number; graceful: boolean }>> = {
  SIGTERM: { num: 15, graceful: false }, SIGINT: { num: 2, graceful: false }, SIGQUIT: { num: 3, graceful: true },
};

function shutdownLines(image: CatalogueImage, sys: ProcSys, sig: string): string[] {
  const { num, graceful } = SIGNALS[sig]!;
  const workers = workerPids(image);
  const lines = [notice(sys, 1, graceful ? `signal ${num} (${sig}) received, shutting down` : `signal ${num} (${sig}) received, exiting`)];
  for (const pid of workers) {
    if (graceful) lines.push(notice(sys, pid, 'gracefully shutting down'));
    lines.push(notice(sys, pid, 'exiting'), notice(sys, pid, 'exit'));
  }
  for (const pid of [...workers].reverse()) {
    lines.push(notice(sys, 1, `signal 17 (SIGCHLD) received from ${pid}`), notice(sys, 1, `worker process ${pid} exited with code 0`));
    if (pid !== workers[0]) lines.push(notice(sys, 1, 'signal 29 (SIGIO) received'));
  }
  lines.push(notice(sys, 1, 'exit'));
  return lines;
}

function versionLines(image: CatalogueImage, full: boolean): string[] {
  const lines = [`nginx version: nginx/${image.version}`];
  if (full) {
    lines.push(`built by ${compiler(image)}`, 'built with OpenSSL 3.0.15 3 Sep 2024', 'TLS SNI support enabled',
      "configure arguments: --prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --modules-path=/usr/lib/nginx/modules --conf-path=/etc/nginx/nginx.conf --error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log --pid-path=/var/run/nginx.pid --user=nginx --group=nginx --with-http_ssl_module --with-http_v2_module --with-stream");
  }
  return lines;
}

function start(image: CatalogueImage, args: readonly string[], sys: ProcSys): { status: { state: 'exited'; code: number } | { state: 'blocked' } } {
  const stderr = (lines: string[]): void => sys.write(2, `${lines.join('\n')}\n`);
  if (args.includes('-v') || args.includes('-V')) {
    stderr(versionLines(image, args.includes('-V')));
    return { status: { state: 'exited', code: 0 } };
  }
  if (readText(sys.fs, '/etc/nginx/nginx.conf') === undefined) {
    stderr([`nginx: [emerg] open() "/etc/nginx/nginx.conf" failed (2: No such file or directory)`]);
    return { status: { state: 'exited', code: 1 } };
  }
  if (args.includes('-t') || args.includes('-T')) {
    stderr(['nginx: the configuration file /etc/nginx/nginx.conf syntax is ok', 'nginx: configuration file /etc/nginx/nginx.conf test is successful']);
    return { status: { state: 'exited', code: 0 } };
  }
  if (args.includes('-s')) {
    stderr([`${slashTime(sys.nowMs())} [notice] 47#47: signal process started`]);
    return { status: { state: 'exited', code: 0 } };
  }
  const foreground = args.some((a) => /daemon\s+off\s*;/.test(a));
  if (logsNotices(image)) {
    const lines = [
      notice(sys, 1, 'using the "epoll" event method'), notice(sys, 1, `nginx/${image.version}`),
      notice(sys, 1, `built by ${compiler(image)}`), notice(sys, 1, `OS: Linux ${NODE_KERNEL}`),
      notice(sys, 1, `getrlimit(RLIMIT_NOFILE): ${NOFILE}`),
    ];
    if (foreground) lines.push(notice(sys, 1, 'start worker processes'), ...workerPids(image).map((p) => notice(sys, 1, `start worker process ${p}`)));
    stderr(lines);
  }
  // Without `daemon off;` the master forks into the background and PID 1 returns: the container ends.
  return { status: foreground ? { state: 'blocked' } : { state: 'exited', code: 0 } };
}

function signal(image: CatalogueImage, sig: Signal | 'SIGQUIT', sys: ProcSys): { exitAfterMs: number; code: number } {
  if (logsNotices(image) && SIGNALS[sig]) sys.write(2, `${shutdownLines(image, sys, sig).join('\n')}\n`);
  return { exitAfterMs: SHUTDOWN_MS, code: 0 };
}

export const nginxProgram: ProgramFactory = (image): ExternalProgram => ({
  start: (args, sys) => start(image, args, sys),
  signal: (sig: Signal | 'SIGQUIT', _args, sys) => signal(image, sig, sys),
});
