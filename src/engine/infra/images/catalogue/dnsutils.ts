// registry.k8s.io/e2e-test-images/jessie-dnsutils: the Kubernetes docs' DNS debugging image (Debian
// jessie with dnsutils — BIND 9.9's dig, nslookup and host — and a CoreDNS binary at /coredns).
// Digest and size are stand-ins.

import { build, repository } from './build.ts';
import { binaries, debianLayer } from './os-layers.ts';

export const JESSIE_DNSUTILS = repository('registry.k8s.io/e2e-test-images/jessie-dnsutils', {
  '1.3': build({
    digest: '8b03e4185ecd305bc9b410faac15d486a3b1ef1946196d429245cdd3c7b152eb', sizeBytes: 112_446_532, version: '1.3',
    config: { cmd: ['bash'] }, shell: 'bash', programs: { dig: 'dig', nslookup: 'bind-nslookup' },
    files: { ...debianLayer('8', 'jessie', '8.11'), ...binaries('/usr/bin', ['dig', 'nslookup', 'host']), ...binaries('', ['coredns']) },
  }),
});
