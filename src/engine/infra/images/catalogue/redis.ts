// docker.io/library/redis: 7.4.2 on Debian bookworm (latest, 7), 7.4.2 on Alpine (7-alpine) and the
// course's 3.2-alpine (3.2.12). The entrypoint drops to the redis user and execs redis-server.
// Digests of latest and 7-alpine from public sources; 3.2-alpine's digest and the sizes are stand-ins.

import type { ImageFiles, ProgramId } from '../types.ts';
import { build, repository, tagged, type BuildSpec } from './build.ts';
import { alpineLayer, binaries, DEFAULT_PATH, debianLayer } from './os-layers.ts';

const PROGRAMS: Readonly<Record<string, ProgramId>> = {
  'docker-entrypoint.sh': 'redis-entrypoint', 'redis-server': 'redis-server', 'redis-sentinel': 'redis-server', 'redis-cli': 'redis-cli',
};

const ENTRYPOINT = `#!/bin/sh
set -e

# options or a config file are arguments for redis-server
if [ "\${1#-}" != "$1" ] || [ "\${1%.conf}" != "$1" ]; then
	set -- redis-server "$@"
fi

# as root: hand the data directory to redis, then run as redis
if [ "$1" = 'redis-server' -a "$(id -u)" = '0' ]; then
	find . \\! -user redis -exec chown redis '{}' +
	exec gosu redis "$0" "$@"
fi

exec "$@"
`;

const REDIS_BINARIES = ['redis-server', 'redis-cli', 'redis-benchmark', 'redis-check-aof', 'redis-check-rdb', 'redis-sentinel'];

function redisFiles(base: ImageFiles): ImageFiles {
  return {
    ...base,
    ...binaries('/usr/local/bin', [...REDIS_BINARIES, 'gosu']),
    '/usr/local/bin/docker-entrypoint.sh': ENTRYPOINT,
    '/data/': '',
  };
}

const config = (version: string): BuildSpec['config'] => ({
  entrypoint: ['docker-entrypoint.sh'], cmd: ['redis-server'], workingDir: '/data', exposedPorts: ['6379/tcp'],
  env: [DEFAULT_PATH, 'GOSU_VERSION=1.17', `REDIS_VERSION=${version}`, `REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-${version}.tar.gz`],
});

const V7 = build({
  digest: 'c45b9ac48fde5e7ffc59e785719165511b1327151c392c891c2f552a83446847', sizeBytes: 40_342_198, version: '7.4.2',
  config: config('7.4.2'), shell: 'bash', programs: PROGRAMS,
  files: redisFiles(debianLayer('12', 'bookworm', '12.9', ['redis:x:999:999::/home/redis:/usr/sbin/nologin'])),
});

const V7_ALPINE = build({
  digest: '6ab0b6e7381779332f97b8ca76193e45b0756f38d4c0dcda72dbb3c32061ab99', sizeBytes: 17_225_421, version: '7.4.2',
  config: config('7.4.2'), shell: 'ash', busybox: true, programs: PROGRAMS,
  files: redisFiles(alpineLayer('3.21.2', ['redis:x:999:1000:Linux User,,,:/home/redis:/sbin/nologin'])),
});

const V3_ALPINE = build({
  digest: '8bee79dcfdfb5c33b3be17ac60193d12898ae1aad203c7bba68b3c6fd414f677', sizeBytes: 7_741_337, version: '3.2.12',
  config: { ...config('3.2.12'), env: [DEFAULT_PATH, 'REDIS_VERSION=3.2.12', 'REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-3.2.12.tar.gz'] },
  shell: 'ash', busybox: true, programs: PROGRAMS,
  files: redisFiles(alpineLayer('3.8.1', ['redis:x:100:101:Linux User,,,:/home/redis:/sbin/nologin'])),
});

export const REDIS = repository('docker.io/library/redis', {
  ...tagged(['latest', '7', '7.4', '7.4.2', 'bookworm', '7.4.2-bookworm'], V7),
  ...tagged(['alpine', '7-alpine', '7.4-alpine', '7.4.2-alpine'], V7_ALPINE),
  ...tagged(['3.2-alpine', '3.2.12-alpine'], V3_ALPINE),
});
