// The database images: postgres (17.2, 16.6), mysql (9.1.0, 8.0.40, 5.7.44) and mongo (8.0.4,
// 7.0.16). Their entrypoints refuse to initialise without a password (postgres, mysql): the
// classic CrashLoopBackOff. Postgres 17's digest is a public one; the other digests and all sizes are stand-ins.

import type { ImageBuild, ProgramId } from '../types.ts';
import { build, repository, tagged } from './build.ts';
import { binaries, DEFAULT_PATH, debianLayer, oracleLinuxLayer, ubuntuLayer } from './os-layers.ts';

const POSTGRES_PROGRAMS: Readonly<Record<string, ProgramId>> = {
  'docker-entrypoint.sh': 'postgres-entrypoint', postgres: 'postgres-entrypoint',
};

function postgres(digest: string, sizeBytes: number, version: string): ImageBuild {
  const major = version.split('.')[0]!;
  return build({
    digest, sizeBytes, version,
    config: {
      entrypoint: ['docker-entrypoint.sh'], cmd: ['postgres'], stopSignal: 'SIGINT', exposedPorts: ['5432/tcp'],
      env: [
        `${DEFAULT_PATH}:/usr/lib/postgresql/${major}/bin`, 'GOSU_VERSION=1.17', 'LANG=en_US.utf8', `PG_MAJOR=${major}`,
        `PG_VERSION=${version}-1.pgdg120+1`, 'PGDATA=/var/lib/postgresql/data',
      ],
    },
    shell: 'bash', programs: POSTGRES_PROGRAMS,
    files: {
      ...debianLayer('12', 'bookworm', '12.9', ['postgres:x:999:999::/var/lib/postgresql:/bin/bash']),
      ...binaries('/usr/local/bin', ['docker-entrypoint.sh', 'docker-ensure-initdb.sh', 'gosu']),
      ...binaries(`/usr/lib/postgresql/${major}/bin`, ['postgres', 'initdb', 'pg_ctl', 'psql', 'pg_dump']),
      ...binaries('/usr/bin', ['psql', 'pg_dump', 'pg_isready']),
      '/var/lib/postgresql/data/': '',
      '/docker-entrypoint-initdb.d/': '',
    },
  });
}

export const POSTGRES = repository('docker.io/library/postgres', {
  ...tagged(['latest', '17', '17.2', 'bookworm', '17-bookworm'], postgres('52e6ffd11fddd081ae63880b635b2a61c14008c17fc98cdc7ce5472265516dd0', 158_473_512, '17.2')),
  ...tagged(['16', '16.6', '16-bookworm'], postgres('6a2364a66f46654ea49958de72ed014ac7fd46189d836949b8e088fb9e5dc7d7', 153_260_951, '16.6')),
});

const MYSQL_PROGRAMS: Readonly<Record<string, ProgramId>> = { 'docker-entrypoint.sh': 'mysql-entrypoint', mysqld: 'mysql-entrypoint' };

function mysql(digest: string, sizeBytes: number, version: string, major: string, release: string): ImageBuild {
  const el = release === '7' ? 'el7' : 'el9';
  const shellVersion = release === '7' ? '8.0.35' : version;
  return build({
    digest, sizeBytes, version,
    config: {
      entrypoint: ['docker-entrypoint.sh'], cmd: ['mysqld'], exposedPorts: ['3306/tcp', '33060/tcp'],
      env: [DEFAULT_PATH, 'GOSU_VERSION=1.17', `MYSQL_MAJOR=${major}`, `MYSQL_VERSION=${version}-1.${el}`, `MYSQL_SHELL_VERSION=${shellVersion}-1.${el}`],
    },
    shell: 'bash', programs: MYSQL_PROGRAMS,
    files: {
      ...oracleLinuxLayer(release === '7' ? '7.9' : '9.5'),
      ...binaries('/usr/local/bin', ['docker-entrypoint.sh', 'gosu']),
      ...binaries('/usr/sbin', ['mysqld']),
      ...binaries('/usr/bin', ['mysql', 'mysqladmin', 'mysqldump', 'mysqlsh']),
      '/var/lib/mysql/': '',
      '/docker-entrypoint-initdb.d/': '',
    },
  });
}

export const MYSQL = repository('docker.io/library/mysql', {
  ...tagged(['latest', '9', '9.1', '9.1.0', 'innovation', 'oraclelinux9'],
    mysql('2759f0f6f9613f110acce89058b77956106a32ce7b28748667eeeb97fd8a1886', 172_871_904, '9.1.0', 'innovation', '9')),
  ...tagged(['8.0', '8.0.40', '8.0-oraclelinux9'],
    mysql('0cd0491b08b0451c9b585d3bb603581387d6dc27187d908d252cf9281c5394bb', 168_134_522, '8.0.40', '8.0', '9')),
  ...tagged(['5.7', '5.7.44', '5.7-oracle'],
    mysql('6575579aab11b4ad102d6faaaee07bef34974d48d937612249178461f21a146d', 137_453_881, '5.7.44', '5.7', '7')),
});

const MONGO_PROGRAMS: Readonly<Record<string, ProgramId>> = { 'docker-entrypoint.sh': 'mongo-entrypoint', mongod: 'mongod' };

function mongo(digest: string, sizeBytes: number, version: string, base: 'noble' | 'jammy'): ImageBuild {
  const major = version.split('.').slice(0, 2).join('.');
  const os = base === 'noble' ? ubuntuLayer('24.04.1', 'noble', 'Noble Numbat') : ubuntuLayer('22.04.5', 'jammy', 'Jammy Jellyfish');
  return build({
    digest, sizeBytes, version,
    config: {
      entrypoint: ['docker-entrypoint.sh'], cmd: ['mongod'], exposedPorts: ['27017/tcp'],
      env: [
        DEFAULT_PATH, 'GOSU_VERSION=1.17', 'JSYAML_VERSION=3.13.1', 'MONGO_PACKAGE=mongodb-org', 'MONGO_REPO=repo.mongodb.org',
        `MONGO_MAJOR=${major}`, `MONGO_VERSION=${version}`, 'HOME=/data/db',
      ],
    },
    shell: 'bash', programs: MONGO_PROGRAMS,
    files: {
      ...os,
      ...binaries('/usr/local/bin', ['docker-entrypoint.sh', 'gosu']),
      ...binaries('/usr/bin', ['mongod', 'mongos', 'mongosh']),
      '/data/db/': '',
      '/data/configdb/': '',
    },
  });
}

export const MONGO = repository('docker.io/library/mongo', {
  ...tagged(['latest', '8', '8.0', '8.0.4', 'noble'], mongo('5f00e7ad99f81d20af518a3bbc343710087aae469ca3a7e4ff634a8fb6cdb09d', 282_911_306, '8.0.4', 'noble')),
  ...tagged(['7', '7.0', '7.0.16', 'jammy'], mongo('255b26ea6d45ac5322c605d5e6dc5a4fce94588a5c3135fc68cbffc8acea65b9', 257_408_215, '7.0.16', 'jammy')),
});
