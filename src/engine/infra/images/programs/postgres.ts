// The postgres images' docker-entrypoint.sh and postgres: without POSTGRES_PASSWORD (or
// POSTGRES_HOST_AUTH_METHOD=trust) it refuses and exits 1; with one it runs initdb, a temporary
// server, then postgres serves on 5432. Run as root directly, postgres refuses as it does upstream.

import type { ExternalProgram, ProcSys } from '../../process.ts';
import { postgresTime } from '../time-format.ts';
import type { CatalogueImage } from '../types.ts';
import { runSteps, stepOf, type Step } from './staged.ts';
import { envOf, writeLines, type ProgramFactory } from './support.ts';

const DATA = '/var/lib/postgresql/data';

const log = (sys: ProcSys, pid: number, text: string, offsetMs = 0): string => `${postgresTime(sys.nowMs() + offsetMs)} [${pid}] LOG:  ${text}`;

const NO_PASSWORD = [
  'Error: Database is uninitialized and superuser password is not specified.',
  '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
  '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
  '',
  '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
  '       connections without a password. This is *not* recommended.',
  '',
  '       See PostgreSQL documentation about "trust":',
  '       https://www.postgresql.org/docs/current/auth-trust.html',
];

const ROOT = [
  '"root" execution of the PostgreSQL server is not permitted.',
  'The server must be started under an unprivileged user ID to prevent',
  'possible system security compromise.  See the documentation for',
  'more information on how to properly start the server.',
];

const INITDB = [
  'The files belonging to this database system will be owned by user "postgres".',
  'This user must also own the server process.',
  '',
  'The database cluster will be initialized with locale "en_US.utf8".',
  'The default database encoding has accordingly been set to "UTF8".',
  'The default text search configuration will be set to "english".',
  '',
  'Data page checksums are disabled.',
  '',
  `fixing permissions on existing directory ${DATA} ... ok`,
  'creating subdirectories ... ok',
  'selecting dynamic shared memory implementation ... posix',
  'selecting default "max_connections" ... 100',
  'selecting default "shared_buffers" ... 128MB',
  'selecting default time zone ... Etc/UTC',
  'creating configuration files ... ok',
];

function startedLines(image: CatalogueImage, sys: ProcSys, pid: number): string[] {
  const listening = pid === 1;
  const lines = [log(sys, pid, `starting PostgreSQL ${image.version} (Debian ${image.version}-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`)];
  if (listening) lines.push(log(sys, pid, 'listening on IPv4 address "0.0.0.0", port 5432'), log(sys, pid, 'listening on IPv6 address "::", port 5432'));
  lines.push(log(sys, pid, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"', 2));
  return lines;
}

function serveSteps(image: CatalogueImage): Step[] {
  return [
    { delayMs: 0, run: (sys) => writeLines(sys, 1, INITDB) },
    { delayMs: 900, run: (sys) => writeLines(sys, 1, ['running bootstrap script ... ok']) },
    {
      delayMs: 1_300, run: (sys) => writeLines(sys, 1, [
        'performing post-bootstrap initialization ... ok', 'syncing data to disk ... ok', '', '',
        'Success. You can now start the database server using:', '', `    pg_ctl -D ${DATA} -l logfile start`, '',
        'initdb: warning: enabling "trust" authentication for local connections',
        'initdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.',
      ]),
    },
    {
      delayMs: 200, run: (sys) => {
        sys.write(1, 'waiting for server to start....');
        writeLines(sys, 1, [...startedLines(image, sys, 48), log(sys, 48, 'database system is ready to accept connections', 6), ' done', 'server started']);
      },
    },
    {
      delayMs: 300, run: (sys) => {
        writeLines(sys, 1, ['', '/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*', '']);
        sys.write(1, 'waiting for server to shut down...');
        writeLines(sys, 1, [log(sys, 48, 'received fast shutdown request'), log(sys, 48, 'database system is shut down', 40), ' done', 'server stopped', '',
          'PostgreSQL init process complete; ready for start up.', '']);
      },
    },
    {
      delayMs: 200, run: (sys) => writeLines(sys, 2, [
        ...startedLines(image, sys, 1),
        log(sys, 62, `database system was shut down at ${postgresTime(sys.nowMs() - 200).slice(0, 19)} UTC`, 3),
        log(sys, 1, 'database system is ready to accept connections', 6),
      ]),
    },
  ];
}

function allowed(image: CatalogueImage, sys: ProcSys): boolean {
  const env = envOf(sys, image);
  return (env.get('POSTGRES_PASSWORD') ?? '') !== '' || env.get('POSTGRES_HOST_AUTH_METHOD') === 'trust';
}

export const postgresProgram: ProgramFactory = (image, name): ExternalProgram => ({
  start(args, sys) {
    if (args.length === 0 && name !== 'postgres') return { status: { state: 'exited', code: 0 } };
    if (name === 'postgres') {
      writeLines(sys, 2, ROOT);
      return { status: { state: 'exited', code: 1 } };
    }
    if (!allowed(image, sys)) {
      writeLines(sys, 2, NO_PASSWORD);
      return { status: { state: 'exited', code: 1 } };
    }
    return runSteps(serveSteps(image), 0, sys, { state: 'blocked' });
  },
  resume(_args, memo, sys) {
    return runSteps(serveSteps(image), stepOf(memo), sys, { state: 'blocked' });
  },
  signal(sig: string, _args, sys) {
    if (sig !== 'SIGTERM' && sig !== 'SIGINT') return 'ignore';
    writeLines(sys, 2, [
      log(sys, 1, `received ${sig === 'SIGINT' ? 'fast' : 'smart'} shutdown request`),
      ...(sig === 'SIGINT' ? [log(sys, 1, 'aborting any active transactions')] : []),
      log(sys, 1, 'background worker "logical replication launcher" (PID 68) exited with exit code 1', 2),
      log(sys, 63, 'shutting down', 3),
      log(sys, 63, 'checkpoint starting: shutdown immediate', 4),
      log(sys, 63, 'checkpoint complete: wrote 3 buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.002 s, sync=0.001 s, total=0.006 s; sync files=2, longest=0.001 s, average=0.001 s; distance=0 kB, estimate=0 kB; lsn=0/1915F40, redo lsn=0/1915F40', 10),
      log(sys, 1, 'database system is shut down', 14),
    ]);
    return { exitAfterMs: 15, code: 0 };
  },
});
