// The images the Kubernetes docs and e2e tests use: registry.k8s.io/liveness (/server), agnhost
// 2.40 (`liveness`, `netexec`, `serve-hostname`), echoserver 1.10 and 1.4, nginx-slim 0.8 and 0.24.
// Digests of liveness, agnhost, echoserver and nginx-slim 0.8 are public; agnhost's size is observed; others stand-ins.

import type { ImageBuild } from '../types.ts';
import { build, repository } from './build.ts';
import { nginxFiles } from './nginx-files.ts';
import { alpineLayer, binaries, DEFAULT_PATH, SCRATCH_LAYER, ubuntuLayer } from './os-layers.ts';

export const LIVENESS = repository('registry.k8s.io/liveness', {
  latest: build({
    digest: '1aef943db82cf1370d0504a51061fb082b4d351171b304ad194f6297c0bb726a', sizeBytes: 2_487_103, version: 'latest',
    config: {}, programs: { server: 'liveness' }, files: { ...SCRATCH_LAYER, ...binaries('', ['server']) },
  }),
});

export const AGNHOST = repository('registry.k8s.io/e2e-test-images/agnhost', {
  '2.40': build({
    digest: 'af7e3857d87770ddb40f5ea4f89b5a2709504ab1ee31f9ea4ab5823c045f2146', sizeBytes: 51_155_161, version: '2.40',
    config: { entrypoint: ['/agnhost'], cmd: ['pause'], exposedPorts: ['80/tcp', '8080/tcp', '8081/tcp', '9376/tcp'] },
    shell: 'ash', busybox: true, programs: { agnhost: 'agnhost' },
    files: { ...alpineLayer('3.16.2'), ...binaries('/bin', ['bash']), ...binaries('/usr/bin', ['curl', 'nc', 'iperf', 'dig']), ...binaries('', ['agnhost']) },
  }),
});

const echoUbuntu = ubuntuLayer('16.04.3', 'xenial', 'Xenial Xerus');

export const ECHOSERVER = repository('registry.k8s.io/echoserver', {
  '1.10': build({
    digest: 'cb5c1bddd1b5665e1867a7fa1b5fa843a47ee433bbb75d4293888b71def53229', sizeBytes: 46_255_346, version: '1.10',
    config: { cmd: ['/usr/local/bin/run.sh'], exposedPorts: ['8080/tcp', '8443/tcp'] },
    shell: 'bash', programs: { 'run.sh': 'echoserver', nginx: 'echoserver' },
    files: { ...echoUbuntu, ...binaries('/usr/local/bin', ['run.sh']), ...binaries('/usr/sbin', ['nginx']), '/etc/nginx/nginx.conf': 'events {\n  worker_connections 1024;\n}\n' },
  }),
  '1.4': build({
    digest: '5d99aa1120524c801bc8c1a7077e8f5ec122ba16b6dda1a5d3826057f67b9bcb', sizeBytes: 46_007_418, version: '1.4',
    config: { cmd: ['nginx', '-g', 'daemon off;'], exposedPorts: ['8080/tcp'] },
    shell: 'bash', programs: { nginx: 'echoserver' },
    files: { ...echoUbuntu, ...binaries('/usr/sbin', ['nginx']) },
  }),
});

const slim = (digest: string, sizeBytes: number, version: string): ImageBuild => build({
  digest, sizeBytes, version,
  config: { cmd: ['nginx', '-g', 'daemon off;'], exposedPorts: ['80/tcp', '443/tcp'], env: [DEFAULT_PATH] },
  shell: 'bash', programs: { nginx: 'nginx' },
  files: { ...ubuntuLayer('16.04.1', 'xenial', 'Xenial Xerus'), ...binaries('/usr/sbin', ['nginx']), ...nginxFiles({ modern: false, localResolvers: false }) },
  filesAt: '2016-07-05T15:12:00Z',
});

export const NGINX_SLIM = repository('registry.k8s.io/nginx-slim', {
  '0.8': slim('8b4501fe0fe221df663c22e16539f399e89594552f400408303c42f3dd8d0e52', 38_487_331, '1.11.1'),
  '0.24': slim('6c929533f718df5c4622b19bd92866b2669fe23bca1b52eb7856dce51083de10', 20_164_302, '1.15.12'),
});
