// `kubectl cluster-info`: the control plane, then every kube-system service labelled
// kubernetes.io/cluster-service=true (CoreDNS), as real kubectl v1.31 prints them.

import { describe, expect, it } from 'vitest';
import { kubectlHarness } from '../../../testing/kubectl-harness.ts';
import { ORACLE } from './oracle-cases.fixture.ts';

const KUBE_DNS = {
  apiVersion: 'v1', kind: 'Service',
  metadata: { name: 'kube-dns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' } },
  spec: { clusterIP: '10.96.0.10', ports: [{ name: 'dns', port: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53, protocol: 'TCP' }, { name: 'metrics', port: 9153, protocol: 'TCP' }] },
};

describe('kubectl cluster-info', () => {
  it.each(ORACLE)('%s (with CoreDNS)', (line, stdout, stderr, code) => {
    const h = kubectlHarness();
    h.cluster.client().create('/services', KUBE_DNS);
    const r = h.run(line);
    expect({ stdout: r.stdout, stderr: r.stderr, code: r.code }).toEqual({ stdout, stderr, code });
  });

  it('shows only the control plane when no cluster service exists', () => {
    expect(kubectlHarness().run('cluster-info').stdout).toBe(
      "\x1b[0;32mKubernetes control plane\x1b[0m is running at \x1b[0;33mhttps://127.0.0.1:6443\x1b[0m\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n",
    );
  });
});
