// Images the course's labs run: Elastic's filebeat (8.4.3 in the DaemonSet lab, 8.17.0 current),
// bitnami/kubectl, and the trainer's private mpakoupete/client (a React build behind nginx on
// Alpine; pulls need the `docker-registry` Secret). Its digest is the course's; the others are stand-ins.

import type { ImageBuild, ProgramId } from '../types.ts';
import { build, repository, tagged } from './build.ts';
import { nginxFiles } from './nginx-files.ts';
import { alpineLayer, binaries, DEFAULT_PATH, debianLayer, ubuntuLayer } from './os-layers.ts';

const FILEBEAT_PROGRAMS: Readonly<Record<string, ProgramId>> = {
  filebeat: 'filebeat', 'docker-entrypoint': 'filebeat-entrypoint', tini: 'tini',
};

const filebeat = (digest: string, sizeBytes: number, version: string): ImageBuild => build({
  digest, sizeBytes, version,
  config: {
    entrypoint: ['/usr/bin/tini', '-s', '--', '/usr/local/bin/docker-entrypoint'], cmd: ['-environment', 'container'],
    user: 'filebeat', workingDir: '/usr/share/filebeat',
    env: [`PATH=/usr/share/filebeat:${DEFAULT_PATH.slice('PATH='.length)}`, 'ELASTIC_CONTAINER=true', 'LIBBEAT_MONITORING_CGROUPS_HIERARCHY_OVERRIDE=/'],
  },
  shell: 'bash', programs: FILEBEAT_PROGRAMS,
  files: {
    ...ubuntuLayer('20.04.6', 'focal', 'Focal Fossa'),
    ...binaries('/usr/bin', ['tini']),
    ...binaries('/usr/local/bin', ['docker-entrypoint']),
    ...binaries('/usr/share/filebeat', ['filebeat']),
    '/usr/share/filebeat/filebeat.yml': 'filebeat.config:\n  modules:\n    path: ${path.config}/modules.d/*.yml\n    reload.enabled: false\n\nprocessors:\n  - add_cloud_metadata: ~\n  - add_docker_metadata: ~\n\noutput.elasticsearch:\n  hosts: \'${ELASTICSEARCH_HOSTS:elasticsearch:9200}\'\n  username: \'${ELASTICSEARCH_USERNAME:}\'\n  password: \'${ELASTICSEARCH_PASSWORD:}\'\n',
    '/usr/share/filebeat/data/': '',
    '/usr/share/filebeat/logs/': '',
  },
});

export const FILEBEAT = repository('docker.elastic.co/beats/filebeat', {
  '8.17.0': filebeat('07ab76a2a92eac14d315aaed17b96d810de85466f29c9cf1f07d14e8a2eaa284', 131_204_512, '8.17.0'),
  '8.4.3': filebeat('476ddf5966a61b68f80675d154e9e3da4cf5c5db58a4106f0c5cd955d4fc20a3', 109_516_807, '8.4.3'),
});

export const BITNAMI_KUBECTL = repository('docker.io/bitnami/kubectl', tagged(['latest', '1.32', '1.32.0'], build({
  digest: '7a122a1d605995f808cfe52b76c0de99108a1cb4ba4b8f737cadeb86b485c07e', sizeBytes: 45_913_274, version: '1.32.0',
  config: {
    entrypoint: ['kubectl'], cmd: ['--help'], user: '1001',
    env: [
      'HOME=/', 'OS_ARCH=amd64', 'OS_FLAVOUR=debian-12', 'OS_NAME=linux', 'APP_VERSION=1.32.0', 'BITNAMI_APP_NAME=kubectl',
      `PATH=/opt/bitnami/kubectl/bin:/opt/bitnami/common/bin:${DEFAULT_PATH.slice('PATH='.length)}`,
    ],
  },
  shell: 'bash', programs: { kubectl: 'kubectl' },
  files: { ...debianLayer('12', 'bookworm', '12.9'), ...binaries('/opt/bitnami/kubectl/bin', ['kubectl']) },
})));

const REACT_INDEX = '<!doctype html><html lang="en"><head><meta charset="utf-8"/><link rel="icon" href="/favicon.ico"/>' +
  '<meta name="viewport" content="width=device-width,initial-scale=1"/><meta name="theme-color" content="#000000"/>' +
  '<meta name="description" content="Web site created using create-react-app"/><link rel="manifest" href="/manifest.json"/>' +
  '<title>React App</title><script defer="defer" src="/static/js/main.5c1f9a3e.js"></script>' +
  '<link href="/static/css/main.0d7a8b2c.css" rel="stylesheet"></head><body><noscript>You need to enable JavaScript to run this app.</noscript>' +
  '<div id="root"></div></body></html>';

export const MPAKOUPETE_CLIENT = repository('docker.io/mpakoupete/client', tagged(['latest'], build({
  digest: '7d40600d89a45bbace4c848175dc0c4dc8d8a0e3a2b78347170947710ce10dd1', sizeBytes: 48_611_925, version: '1.23.2',
  config: {
    entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'], exposedPorts: ['80/tcp'], stopSignal: 'SIGQUIT',
    env: [DEFAULT_PATH, 'NGINX_VERSION=1.23.2', 'PKG_RELEASE=1', 'NJS_VERSION=0.7.7'],
  },
  shell: 'ash', busybox: true, programs: { 'docker-entrypoint.sh': 'nginx-entrypoint', nginx: 'nginx' },
  files: {
    ...alpineLayer('3.16.2', ['nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin']),
    ...binaries('/usr/sbin', ['nginx']),
    ...nginxFiles({ modern: true, localResolvers: false }),
    '/usr/share/nginx/html/index.html': REACT_INDEX,
    '/usr/share/nginx/html/manifest.json': '{\n  "short_name": "React App",\n  "name": "Create React App Sample",\n  "start_url": ".",\n  "display": "standalone"\n}\n',
  },
  filesAt: '2022-11-01T23:41:07Z',
})), true);
