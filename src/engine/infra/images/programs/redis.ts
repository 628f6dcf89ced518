// redis-server and redis-cli: the 7.x startup log (3.x's older lines), SIGTERM's shutdown with the
// final RDB save, `redis-cli ping` → PONG. Deviation from upstream: the server keeps no data and
// redis-cli knows PING, ECHO and --version only (other commands answer as unknown).

import type { ExternalProgram, ProcSys } from '../../process.ts';
import { redisTime, redisTimeNoYear } from '../time-format.ts';
import type { CatalogueImage } from '../types.ts';
import { flagValue, writeLines, type ProgramFactory } from './support.ts';

const OVERCOMMIT = "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.";
const NO_CONFIG = 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf';

const isLegacy = (image: CatalogueImage): boolean => image.version.startsWith('3.');

/** `1:M 17 Mar 2025 08:31:02.123 * text` (role C before the server is set up, M after). */
function line(image: CatalogueImage, sys: ProcSys, role: 'C' | 'M', level: '*' | '#', text: string, offsetMs = 0): string {
  const at = sys.nowMs() + offsetMs;
  return `1:${role} ${isLegacy(image) ? redisTimeNoYear(at) : redisTime(at)} ${level} ${text}`;
}

function port(args: readonly string[]): string {
  return flagValue(args, 'port') ?? '6379';
}

function startupLines(image: CatalogueImage, args: readonly string[], sys: ProcSys): string[] {
  const configured = args[0] !== undefined && !args[0].startsWith('-');
  if (isLegacy(image)) {
    return [
      ...(configured ? [] : [line(image, sys, 'C', '#', NO_CONFIG)]),
      line(image, sys, 'M', '*', `Running mode=standalone, port=${port(args)}.`, 1),
      line(image, sys, 'M', '#', 'WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.', 1),
      line(image, sys, 'M', '#', `Server started, Redis version ${image.version}`, 1),
      line(image, sys, 'M', '*', `The server is now ready to accept connections on port ${port(args)}`, 1),
    ];
  }
  return [
    line(image, sys, 'C', '#', OVERCOMMIT),
    line(image, sys, 'C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
    line(image, sys, 'C', '*', `Redis version=${image.version}, bits=64, commit=00000000, modified=0, pid=1, just started`),
    ...(configured ? [] : [line(image, sys, 'C', '#', NO_CONFIG)]),
    line(image, sys, 'M', '*', 'monotonic clock: POSIX clock_gettime', 1),
    line(image, sys, 'M', '*', `Running mode=standalone, port=${port(args)}.`, 1),
    line(image, sys, 'M', '*', 'Server initialized', 2),
    line(image, sys, 'M', '*', 'Ready to accept connections tcp', 2),
  ];
}

export const redisServerProgram: ProgramFactory = (image): ExternalProgram => ({
  start(args, sys) {
    if (args.includes('--version') || args.includes('-v')) {
      sys.write(1, `Redis server v=${image.version} sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=${image.digest.slice(7, 23)}\n`);
      return { status: { state: 'exited', code: 0 } };
    }
    writeLines(sys, 1, startupLines(image, args, sys));
    return { status: { state: 'blocked' } };
  },
  signal(sig, _args, sys) {
    if (sig !== 'SIGTERM' && sig !== 'SIGINT') return 'ignore';
    const level = isLegacy(image) ? '#' : '*';
    writeLines(sys, 1, [
      `1:signal-handler (${Math.floor(sys.nowMs() / 1000)}) Received ${sig} scheduling shutdown...`,
      line(image, sys, 'M', level, 'User requested shutdown...', 90),
      line(image, sys, 'M', '*', 'Saving the final RDB snapshot before exiting.', 90),
      line(image, sys, 'M', '*', 'DB saved on disk', 92),
      line(image, sys, 'M', '#', 'Redis is now ready to exit, bye bye...', 92),
    ]);
    return { exitAfterMs: 95, code: 0 };
  },
});

export const redisCliProgram: ProgramFactory = (image): ExternalProgram => ({
  start(args, sys) {
    const words = args.filter((a, i) => !a.startsWith('-') && !['-h', '-p', '-a', '-n'].includes(args[i - 1] ?? ''));
    const [command = '', ...rest] = words;
    const done = (fd: 1 | 2, text: string, code = 0): { status: { state: 'exited'; code: number } } => {
      sys.write(fd, `${text}\n`);
      return { status: { state: 'exited', code } };
    };
    if (args.includes('--version') || args.includes('-v')) return done(1, `redis-cli ${image.version}`);
    switch (command.toUpperCase()) {
      case 'PING': return done(1, rest.length > 0 ? rest.join(' ') : 'PONG');
      case 'ECHO': return done(1, rest.join(' '));
      case '': return { status: { state: 'exited', code: 0 } };
      default: return done(1, `(error) ERR unknown command '${command}', with args beginning with: ${rest.map((r) => `'${r}' `).join('')}`);
    }
  },
});
