// The mysql images' docker-entrypoint.sh and mysqld: without MYSQL_ROOT_PASSWORD (or the empty /
// random password options) the entrypoint refuses and exits 1 — CrashLoopBackOff; with one it
// initialises the data directory, runs a temporary server, then mysqld serves on 3306 and 33060.

import type { ExternalProgram, ProcSys } from '../../process.ts';
import { isoMicros, rfc3339Seconds } from '../time-format.ts';
import type { CatalogueImage } from '../types.ts';
import { runSteps, stepOf, type Step } from './staged.ts';
import { envOf, writeLines, type ProgramFactory } from './support.ts';

const PASSWORD_OPTIONS = ['MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'] as const;

const note = (sys: ProcSys, text: string, level = 'Note'): string => `${rfc3339Seconds(sys.nowMs())} [${level}] [Entrypoint]: ${text}`;
const server = (sys: ProcSys, thread: number, level: string, code: string, area: string, text: string): string =>
  `${isoMicros(sys.nowMs())} ${thread} [${level}] [MY-${code}] [${area}] ${text}`;

function packageVersion(image: CatalogueImage, sys: ProcSys): string {
  return envOf(sys, image).get('MYSQL_VERSION') ?? `${image.version}-1.el9`;
}

function readyLine(image: CatalogueImage, sys: ProcSys, port: number): string {
  return server(sys, 0, 'System', '010931', 'Server', `/usr/sbin/mysqld: ready for connections. Version: '${image.version}'  socket: '/var/run/mysqld/mysqld.sock'  port: ${port}  MySQL Community Server - GPL.`);
}

function initSteps(image: CatalogueImage): Step[] {
  const v = image.version;
  const innodb = (sys: ProcSys, thread: number, started: boolean): string =>
    server(sys, thread, 'System', started ? '013576' : '013577', 'InnoDB', `InnoDB initialization has ${started ? 'started' : 'ended'}.`);
  return [
    { delayMs: 0, run: (sys) => writeLines(sys, 1, [note(sys, 'Initializing database files')]) },
    { delayMs: 40, run: (sys) => writeLines(sys, 2, [server(sys, 0, 'System', '013169', 'Server', `/usr/sbin/mysqld (mysqld ${v}) initializing of server in progress as process 80`), innodb(sys, 1, true)]) },
    { delayMs: 1_600, run: (sys) => writeLines(sys, 2, [innodb(sys, 1, false)]) },
    { delayMs: 3_100, run: (sys) => writeLines(sys, 2, [server(sys, 6, 'Warning', '010453', 'Server', 'root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.')]) },
    {
      delayMs: 2_900, run: (sys) => {
        writeLines(sys, 1, [note(sys, 'Database files initialized'), note(sys, 'Starting temporary server')]);
        writeLines(sys, 2, [server(sys, 0, 'System', '010116', 'Server', `/usr/sbin/mysqld (mysqld ${v}) starting as process 124`), innodb(sys, 1, true)]);
      },
    },
    {
      delayMs: 700, run: (sys) => {
        writeLines(sys, 2, [innodb(sys, 1, false), readyLine(image, sys, 0)]);
        writeLines(sys, 1, [note(sys, 'Temporary server started.'), "'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'"]);
      },
    },
    {
      delayMs: 2_300, run: (sys) => {
        writeLines(sys, 1, ['iso3166.tab', 'leap-seconds.list', 'leapseconds', 'tzdata.zi', 'zone.tab', 'zone1970.tab']
          .map((f) => `Warning: Unable to load '/usr/share/zoneinfo/${f}' as time zone. Skipping it.`));
        writeLines(sys, 1, [note(sys, 'Stopping temporary server')]);
        writeLines(sys, 2, [server(sys, 10, 'System', '013172', 'Server', `Received SHUTDOWN from user root. Shutting down mysqld (Version: ${v}).`)]);
      },
    },
    {
      delayMs: 1_900, run: (sys) => {
        writeLines(sys, 2, [server(sys, 0, 'System', '010910', 'Server', `/usr/sbin/mysqld: Shutdown complete (mysqld ${v})  MySQL Community Server - GPL.`)]);
        writeLines(sys, 1, [note(sys, 'Temporary server stopped'), '', note(sys, 'MySQL init process done. Ready for start up.'), '']);
        writeLines(sys, 2, [server(sys, 0, 'System', '010116', 'Server', `/usr/sbin/mysqld (mysqld ${v}) starting as process 1`), innodb(sys, 1, true)]);
      },
    },
    {
      delayMs: 800, run: (sys) => writeLines(sys, 2, [
        innodb(sys, 1, false),
        server(sys, 0, 'Warning', '010068', 'Server', 'CA certificate ca.pem is self signed.'),
        server(sys, 0, 'System', '013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.'),
        server(sys, 0, 'System', '011323', 'Server', "X Plugin ready for connections. Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock"),
        readyLine(image, sys, 3306),
      ]),
    },
  ];
}

/** The entrypoint's first lines, then its verdict on the password options (after a `mysqld --help` check). */
function entrySteps(image: CatalogueImage, sys: ProcSys): Step[] {
  const started = (s: ProcSys): string => note(s, `Entrypoint script for MySQL Server ${packageVersion(image, s)} started.`);
  const first: Step = { delayMs: 0, run: (s) => writeLines(s, 1, [started(s), note(s, "Switching to dedicated user 'mysql'"), started(s)]) };
  const env = envOf(sys, image);
  if (PASSWORD_OPTIONS.some((k) => (env.get(k) ?? '') !== '')) return [first, ...initSteps(image).map((s, i) => (i === 0 ? { ...s, delayMs: 500 } : s))];
  const refuse: Step = {
    delayMs: 600,
    run: (s) => writeLines(s, 2, [
      note(s, 'Database is uninitialized and password option is not specified', 'ERROR'),
      '    You need to specify one of the following as an environment variable:',
      ...PASSWORD_OPTIONS.map((k) => `    - ${k}`),
    ]),
  };
  return [first, refuse];
}

function refused(steps: readonly Step[]): boolean {
  return steps.length === 2;
}

export const mysqlProgram: ProgramFactory = (image, name): ExternalProgram => {
  const direct = name === 'mysqld';
  const steps = (sys: ProcSys): Step[] => entrySteps(image, sys);
  const end = (sys: ProcSys): { state: 'exited'; code: number } | { state: 'blocked' } =>
    (refused(steps(sys)) ? { state: 'exited', code: 1 } : { state: 'blocked' });
  return {
    start(args, sys) {
      if (args.length === 0 && !direct) return { status: { state: 'exited', code: 0 } };
      if (direct) {
        writeLines(sys, 2, [
          server(sys, 0, 'ERROR', '010123', 'Server', 'Fatal error: Please read "Security" section of the manual to find out how to run mysqld as root!'),
          server(sys, 0, 'ERROR', '010119', 'Server', 'Aborting'),
        ]);
        return { status: { state: 'exited', code: 1 } };
      }
      return runSteps(steps(sys), 0, sys, end(sys));
    },
    resume(_args, memo, sys) {
      return runSteps(steps(sys), stepOf(memo), sys, end(sys));
    },
    signal(sig, _args, sys) {
      if (sig !== 'SIGTERM' && sig !== 'SIGINT') return 'ignore';
      writeLines(sys, 2, [
        server(sys, 0, 'System', '013172', 'Server', `Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: ${image.version}).`),
        server(sys, 0, 'System', '010910', 'Server', `/usr/sbin/mysqld: Shutdown complete (mysqld ${image.version})  MySQL Community Server - GPL.`),
      ]);
      return { exitAfterMs: 1_800, code: 0 };
    },
  };
};
