// docker.io/library/nginx as of January 2025: mainline 1.27.3 (latest), stable 1.26.2, 1.25.5,
// 1.22.1 (the course's `set image` target), 1.14.2 (the course's Deployments) and 1.27.3-alpine.
// Digests and sizes from docker-library/repo-info and observed Pulled events; 1.25.5's size is estimated.

import type { ImageBuild, ImageFiles, ProgramId } from '../types.ts';
import { build, repository, tagged } from './build.ts';
import { nginxFiles } from './nginx-files.ts';
import { alpineLayer, binaries, DEFAULT_PATH, debianLayer } from './os-layers.ts';

const NGINX_USER = 'nginx:x:101:101:nginx user:/nonexistent:/bin/false';
const NGINX_USER_ALPINE = 'nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin';

const PROGRAMS: Readonly<Record<string, ProgramId>> = {
  'docker-entrypoint.sh': 'nginx-entrypoint', nginx: 'nginx', 'nginx-debug': 'nginx',
};
const OLD_PROGRAMS: Readonly<Record<string, ProgramId>> = { nginx: 'nginx', 'nginx-debug': 'nginx' };

const MODERN = {
  entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], exposedPorts: ['80/tcp'], stopSignal: 'SIGQUIT',
};

function debianNginx(release: [string, string, string], localResolvers: boolean): ImageFiles {
  return {
    ...debianLayer(...release, [NGINX_USER]),
    ...binaries('/usr/sbin', ['nginx', 'nginx-debug']),
    ...binaries('/usr/bin', ['curl', 'envsubst']),
    ...nginxFiles({ modern: true, localResolvers }),
  };
}

const BOOKWORM: [string, string, string] = ['12', 'bookworm', '12.9'];

const V1_27_3 = build({
  digest: '0a399eb16751829e1af26fea27b20c3ec28d7ab1fb72182879dcae1cca21206a', sizeBytes: 72_080_558, version: '1.27.3',
  config: {
    ...MODERN,
    env: [DEFAULT_PATH, 'NGINX_VERSION=1.27.3', 'NJS_VERSION=0.8.7', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm'],
  },
  shell: 'bash', programs: PROGRAMS, files: debianNginx(BOOKWORM, true), filesAt: '2024-11-26T15:55:00Z',
});

const V1_26_2 = build({
  digest: 'a68435477958413d090e64ab0598febbc76eeb56bc3225b753d4975ac9651807', sizeBytes: 70_133_251, version: '1.26.2',
  config: {
    ...MODERN,
    env: [DEFAULT_PATH, 'NGINX_VERSION=1.26.2', 'NJS_VERSION=0.8.5', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=2~bookworm'],
  },
  shell: 'bash', programs: PROGRAMS, files: debianNginx(BOOKWORM, true), filesAt: '2024-08-12T14:28:31Z',
});

const V1_25_5 = build({
  digest: 'a484819eb60211f5299034ac80f6a681b06f89e65866ce91f356ed7c72af059c', sizeBytes: 71_004_417, version: '1.25.5',
  config: {
    ...MODERN,
    env: [DEFAULT_PATH, 'NGINX_VERSION=1.25.5', 'NJS_VERSION=0.8.4', 'NJS_RELEASE=3~bookworm', 'PKG_RELEASE=1~bookworm'],
  },
  shell: 'bash', programs: PROGRAMS, files: debianNginx(BOOKWORM, true), filesAt: '2024-04-16T12:27:29Z',
});

const V1_22_1 = build({
  digest: 'fc5f5fb7574755c306aaf88456ebfbe0b006420a184d52b923d2f0197108f6b7', sizeBytes: 57_042_534, version: '1.22.1',
  config: { ...MODERN, env: [DEFAULT_PATH, 'NGINX_VERSION=1.22.1', 'NJS_VERSION=0.7.9', 'PKG_RELEASE=1~bullseye'] },
  shell: 'bash', programs: PROGRAMS, files: debianNginx(['11', 'bullseye', '11.6'], false), filesAt: '2022-10-19T10:02:56Z',
});

const V1_14_2 = build({
  digest: 'f7988fb6c02e0ce69257d9bd9cf37ae20a60f1df7563c3a2a6abe24160306b8d', sizeBytes: 44_710_204, version: '1.14.2',
  config: {
    cmd: ['nginx', '-g', 'daemon off;'], exposedPorts: ['80/tcp'], stopSignal: 'SIGTERM',
    env: [DEFAULT_PATH, 'NGINX_VERSION=1.14.2-1~stretch', 'NJS_VERSION=1.14.2.0.2.6-1~stretch'],
  },
  shell: 'bash', programs: OLD_PROGRAMS,
  files: {
    ...debianLayer('9', 'stretch', '9.6', [NGINX_USER]),
    ...binaries('/usr/sbin', ['nginx', 'nginx-debug']),
    ...binaries('/usr/bin', ['envsubst']),
    ...nginxFiles({ modern: false, localResolvers: false }),
  },
  filesAt: '2018-12-04T14:44:49Z',
});

/** nginx on Alpine 3.20: the same package and entrypoint, BusyBox underneath, no bash. */
const NGINX_ALPINE: ImageBuild = build({
  digest: '41523187cf7d7a2f2677a80609d9caa14388bf5c1fbca9c410ba3de602aaaab4', sizeBytes: 20_834_790, version: '1.27.3',
  config: {
    ...MODERN,
    env: [DEFAULT_PATH, 'NGINX_VERSION=1.27.3', 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1', 'NJS_VERSION=0.8.7', 'NJS_RELEASE=1'],
  },
  shell: 'ash', busybox: true, programs: PROGRAMS,
  files: {
    ...alpineLayer('3.20.5', [NGINX_USER_ALPINE]),
    ...binaries('/usr/sbin', ['nginx', 'nginx-debug']),
    ...binaries('/usr/bin', ['curl', 'envsubst']),
    ...nginxFiles({ modern: true, localResolvers: true }),
  },
  filesAt: '2024-11-26T18:13:00Z',
});

export const NGINX = repository('docker.io/library/nginx', {
  ...tagged(['latest', 'mainline', '1', '1.27', '1.27.3', 'bookworm', 'mainline-bookworm', '1.27.3-bookworm'], V1_27_3),
  ...tagged(['stable', 'stable-bookworm', '1.26', '1.26.2', '1.26.2-bookworm'], V1_26_2),
  ...tagged(['1.25', '1.25.5', '1.25.5-bookworm'], V1_25_5),
  ...tagged(['1.22', '1.22.1'], V1_22_1),
  ...tagged(['1.14', '1.14.2'], V1_14_2),
  ...tagged(['alpine', 'mainline-alpine', '1-alpine', '1.27-alpine', '1.27.3-alpine', 'alpine3.20'], NGINX_ALPINE),
});
