// registry:2 (distribution 2.8.3 on Alpine 3.18): the registry a workstation runs for `docker push`
// and the nodes pull from. Its entrypoint execs `registry serve` for a config file argument.
// The digest is a stand-in; the size is the image's compressed size.

import { build, repository, tagged } from './build.ts';
import { alpineLayer, binaries } from './os-layers.ts';

const CONFIG_YML = `version: 0.1
log:
  fields:
    service: registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
`;

const ENTRYPOINT_SH = `#!/bin/sh

set -e

case "$1" in
    *.yaml|*.yml) set -- registry serve "$@" ;;
    serve|garbage-collect|help|-*) set -- registry "$@" ;;
esac

exec "$@"
`;

export const REGISTRY = repository('docker.io/library/registry', tagged(['latest', '2', '2.8', '2.8.3'], build({
  digest: '79b29591e1601a73f03fcd413e655b72b9abfae5a23f1ad2e883d4942fbb4351', sizeBytes: 9_869_112, version: '2.8.3',
  config: { entrypoint: ['/entrypoint.sh'], cmd: ['/etc/docker/registry/config.yml'], exposedPorts: ['5000/tcp'] },
  shell: 'ash', busybox: true, programs: { 'entrypoint.sh': 'registry', registry: 'registry' },
  files: {
    ...alpineLayer('3.18.4'),
    ...binaries('/bin', ['registry']),
    '/entrypoint.sh': ENTRYPOINT_SH,
    '/etc/docker/registry/config.yml': CONFIG_YML,
    '/var/lib/registry/': '',
  },
  filesAt: '2023-10-02T18:59:34Z',
})));
