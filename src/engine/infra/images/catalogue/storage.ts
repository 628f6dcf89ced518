// Storage add-on images: Rancher's local-path-provisioner v0.0.30 (Alpine with its one binary; a
// daemon that logs nothing here). Its digest is the published one; its size is a stand-in.

import { build, repository } from './build.ts';
import { alpineLayer, binaries } from './os-layers.ts';

export const LOCAL_PATH_PROVISIONER = repository('docker.io/rancher/local-path-provisioner', {
  'v0.0.30': build({
    digest: '3ce53b88a449ca6652403c7f329a4255335321de34b5eb4081ec1a127bf0956e', sizeBytes: 20_813_632, version: 'v0.0.30',
    config: { entrypoint: ['local-path-provisioner'] }, shell: 'ash', busybox: true, programs: { 'local-path-provisioner': 'kube-daemon' },
    files: { ...alpineLayer('3.20.3'), ...binaries('/usr/bin', ['local-path-provisioner']) },
  }),
});
