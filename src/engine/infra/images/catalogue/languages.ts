// The language runtimes: perl (5.40.0, and the docs' pi Job on 5.34.0), python (3.13.1, 3.12.8,
// 3.12-slim) and node (23.6.0, 20.18.1, 22.13.0-alpine). Their default CMD is a REPL that, without
// a tty, reads an empty stdin and exits 0. perl:5.34.0's digest and size are public; the rest are stand-ins.

import type { ImageBuild, ImageFiles, ProgramId } from '../types.ts';
import { build, repository, tagged } from './build.ts';
import { alpineLayer, binaries, DEFAULT_PATH, debianLayer } from './os-layers.ts';

/** buildpack-deps: the full images carry compilers and fetchers. */
const BUILDPACK = ['curl', 'wget', 'git', 'gcc', 'g++', 'make', 'patch', 'xz', 'unzip'];

function perl(digest: string, sizeBytes: number, version: string, release: [string, string, string]): ImageBuild {
  const versioned = `perl${version}`;
  return build({
    digest, sizeBytes, version,
    config: { cmd: [versioned, '-de0'], workingDir: '/usr/src/app' },
    shell: 'bash', programs: { perl: 'perl', [versioned]: 'perl' },
    files: {
      ...debianLayer(...release),
      ...binaries('/usr/bin', [...BUILDPACK, 'perl']),
      ...binaries('/usr/local/bin', ['perl', versioned, 'cpan', 'cpanm', 'perldoc']),
      '/usr/src/app/': '',
    },
  });
}

export const PERL = repository('docker.io/library/perl', {
  ...tagged(['latest', '5', '5.40', '5.40.0', 'bookworm', 'stable'],
    perl('03d6590a3c4eaf9ad00d7ed6079ed0eebe1de3b33db32b13d8668bbfa1c95401', 338_915_070, '5.40.0', ['12', 'bookworm', '12.9'])),
  ...tagged(['5.34', '5.34.0', '5.34.0-bullseye'],
    perl('2584f46a92d1042b25320131219e5832c5b3e75086dfaaff33e4fda7a9f47d99', 327_591_300, '5.34.0', ['11', 'bullseye', '11.3'])),
});

const PYTHON_GPG_KEY = 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305';

function python(digest: string, sizeBytes: number, version: string, slim: boolean): ImageBuild {
  const minor = version.split('.').slice(0, 2).join('.');
  const names = ['python', 'python3', `python${minor}`];
  const programs: Record<string, ProgramId> = Object.fromEntries(names.map((n) => [n, 'python']));
  const files: ImageFiles = {
    ...debianLayer('12', 'bookworm', '12.9'),
    ...(slim ? {} : binaries('/usr/bin', BUILDPACK)),
    ...binaries('/usr/local/bin', [...names, 'pip', 'pip3', `pip${minor}`, 'pydoc3', 'idle3']),
  };
  return build({
    digest, sizeBytes, version,
    config: {
      cmd: ['python3'],
      env: [`PATH=/usr/local/bin:${DEFAULT_PATH.slice('PATH='.length)}`, 'LANG=C.UTF-8', PYTHON_GPG_KEY, `PYTHON_VERSION=${version}`],
    },
    shell: 'bash', programs, files,
  });
}

export const PYTHON = repository('docker.io/library/python', {
  ...tagged(['latest', '3', '3.13', '3.13.1', 'bookworm', '3.13-bookworm'], python('5df0694dd3cf16568ee519eb0ba4d6fbae1f12d440a7fb6d186b355e73ebb56e', 372_404_531, '3.13.1', false)),
  ...tagged(['3.12', '3.12.8', '3.12-bookworm'], python('dadb9d1305d3ce323046f81a34903a04789ea3b6ef468a3adaa04f3197318578', 366_118_427, '3.12.8', false)),
  ...tagged(['3.12-slim', '3.12.8-slim', '3.12-slim-bookworm'], python('d6da16a71168339122d2ff5d957991b8d93300304d65911c3ef3da31583cfd4e', 44_850_328, '3.12.8', true)),
});

const NODE_PROGRAMS: Readonly<Record<string, ProgramId>> = { 'docker-entrypoint.sh': 'node-entrypoint', node: 'node', nodejs: 'node' };

function node(digest: string, sizeBytes: number, version: string, alpine: boolean): ImageBuild {
  const base = alpine ? alpineLayer('3.21.2', ['node:x:1000:1000::/home/node:/bin/sh']) : debianLayer('12', 'bookworm', '12.9', ['node:x:1000:1000::/home/node:/bin/bash']);
  return build({
    digest, sizeBytes, version,
    config: {
      entrypoint: ['docker-entrypoint.sh'], cmd: ['node'],
      env: [DEFAULT_PATH, `NODE_VERSION=${version}`, 'YARN_VERSION=1.22.22'],
    },
    shell: alpine ? 'ash' : 'bash', busybox: alpine, programs: NODE_PROGRAMS,
    files: {
      ...base,
      ...(alpine ? {} : binaries('/usr/bin', BUILDPACK)),
      ...binaries('/usr/local/bin', ['node', 'nodejs', 'npm', 'npx', 'corepack', 'yarn', 'yarnpkg', 'docker-entrypoint.sh']),
      '/home/node/': '',
    },
  });
}

export const NODE = repository('docker.io/library/node', {
  ...tagged(['latest', 'current', '23', '23.6', '23.6.0', 'bookworm'], node('4c566888aaaceb9f8d234a73480f842c2dd16ef39b0a1b040b10cf3ed48abd81', 404_615_297, '23.6.0', false)),
  ...tagged(['20', '20.18', '20.18.1', 'iron', 'lts-iron'], node('aa631f902bc37722321182934813fbbb309abb679316906bc3450807971772f4', 391_872_660, '20.18.1', false)),
  ...tagged(['22-alpine', '22.13-alpine', '22.13.0-alpine', 'lts-alpine', 'jod-alpine'], node('8f3464e88c558e90ce20a78efa1faec58ae1dedd65e24a1ee62ef6c992d74a39', 55_492_819, '22.13.0', true)),
});
